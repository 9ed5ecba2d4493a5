// Simulator mode only (ADR-013), loaded before the Twilio Voice SDK bundle. Two jobs, nothing else:
// 1. The SDK always dials wss://<edge>.twilio.com/signal. Its transport captures window.WebSocket when the bundle
//    loads, so this swaps in a WebSocket that sends that one URL to the simulator on this page's own origin; every
//    other URL opens unchanged. The SDK's own transport, heartbeat and reconnects run as they do against Twilio.
// 2. The far end of each of this page's calls: a real RTCPeerConnection that answers the SDK's offer (outgoing) or
//    makes the offer (incoming), plays what the leg hears and reports how loud the agent is. The simulator talks to
//    it with "sim-" frames on the same socket, which the SDK ignores.
(() => {
    const NativeWebSocket = window.WebSocket;
    const twilioSignalling = /^wss:\/\/[^/]+\.twilio\.com\/signal\/?$/i;
    const simulatorUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/simulator/signal`;

    class FarEnd {
        constructor() {
            this.peers = new Map();
            this.audio = null;
        }

        attach(socket) {
            socket.addEventListener('message', event => {
                if (typeof event.data !== 'string' || !event.data.startsWith('{')) return;
                let frame;
                try { frame = JSON.parse(event.data); } catch { return; }
                if (typeof frame?.type === 'string' && frame.type.startsWith('sim-')) {
                    this.handle(frame.type, frame.payload ?? {}, socket).catch(error => console.warn('Simulator far end:', error));
                }
            });
        }

        async handle(type, payload, socket) {
            const reply = (replyType, body) => {
                if (socket.readyState === NativeWebSocket.OPEN) {
                    socket.send(JSON.stringify({ type: replyType, version: '1.6', payload: body }));
                }
            };
            switch (type) {
                case 'sim-answer-offer': {
                    const peer = this.open(payload.key, reply);
                    await peer.pc.setRemoteDescription({ type: 'offer', sdp: payload.sdp });
                    const answer = await peer.pc.createAnswer();
                    await peer.pc.setLocalDescription({ type: 'answer', sdp: withoutDtmfCodec(answer.sdp) });
                    reply('sim-sdp', { request: payload.request, sdp: await gathered(peer.pc) });
                    break;
                }
                case 'sim-make-offer': {
                    const peer = this.open(payload.key, reply);
                    const offer = await peer.pc.createOffer({ offerToReceiveAudio: true });
                    await peer.pc.setLocalDescription({ type: 'offer', sdp: withoutDtmfCodec(offer.sdp) });
                    reply('sim-sdp', { request: payload.request, sdp: await gathered(peer.pc) });
                    break;
                }
                case 'sim-remote-answer':
                    await this.peers.get(payload.key)?.pc.setRemoteDescription({ type: 'answer', sdp: payload.sdp });
                    break;
                case 'sim-audio':
                    this.peers.get(payload.key)?.play(payload.mode);
                    break;
                case 'sim-end':
                    this.close(payload.key);
                    break;
            }
        }

        context() {
            this.audio ??= new (window.AudioContext || window.webkitAudioContext)();
            if (this.audio.state === 'suspended') this.audio.resume().catch(() => { });
            return this.audio;
        }

        open(key, reply) {
            this.close(key);
            const peer = new FarEndPeer(this.context(), level => reply('sim-level', { key, dbfs: level }));
            this.peers.set(key, peer);
            return peer;
        }

        close(key) {
            this.peers.get(key)?.close();
            this.peers.delete(key);
        }
    }

    // One leg's far end: what it sends is generated with WebAudio; what it receives is measured, never played.
    class FarEndPeer {
        constructor(context, reportLevel) {
            this.context = context;
            this.output = context.createMediaStreamDestination();
            this.gain = context.createGain();
            this.gain.gain.value = 0;
            this.gain.connect(this.output);
            this.sources = [];
            this.cadence = null;
            this.meter = null;
            this.pc = new RTCPeerConnection();
            for (const track of this.output.stream.getAudioTracks()) this.pc.addTrack(track, this.output.stream);
            this.pc.addEventListener('track', event => this.measure(event.streams[0] ?? new MediaStream([event.track]), reportLevel));
        }

        // ringback: the North American 440+480 Hz cadence; voice: a talker-like warble; hold: a slow arpeggio (the
        // conference's hold music); anything else: silence.
        play(mode) {
            this.stopSound();
            if (mode === 'ringback') {
                this.tone([440, 480], 0.08);
                this.cycle(2000, 4000);
            } else if (mode === 'voice') {
                this.tone([220, 330, 495], 0.06);
                this.cycle(700, 300);
            } else if (mode === 'hold') {
                this.tone([262], 0.05);
                this.arpeggio([262, 330, 392, 523, 392, 330]);
            }
        }

        arpeggio(frequencies) {
            let note = 0;
            this.gain.gain.value = this.level;
            const step = () => {
                note = (note + 1) % frequencies.length;
                for (const source of this.sources) source.frequency.value = frequencies[note];
                this.cadence = setTimeout(step, 400);
            };
            this.cadence = setTimeout(step, 400);
        }

        tone(frequencies, level) {
            for (const frequency of frequencies) {
                const oscillator = this.context.createOscillator();
                oscillator.frequency.value = frequency;
                oscillator.connect(this.gain);
                oscillator.start();
                this.sources.push(oscillator);
            }
            this.level = level;
        }

        cycle(onMs, offMs) {
            let on = true;
            this.gain.gain.value = this.level;
            const step = () => {
                on = !on;
                this.gain.gain.value = on ? this.level : 0;
                this.cadence = setTimeout(step, on ? onMs : offMs);
            };
            this.cadence = setTimeout(step, onMs);
        }

        measure(stream, reportLevel) {
            const analyser = this.context.createAnalyser();
            analyser.fftSize = 2048;
            // Chromium only pulls remote WebRTC audio into WebAudio while a media element plays it; this one stays muted.
            this.sink = new Audio();
            this.sink.muted = true;
            this.sink.srcObject = stream;
            this.sink.play().catch(() => { });
            this.context.createMediaStreamSource(stream).connect(analyser);
            // Sampled ten times a second and reported once a second as the loudest moment, so short words count.
            const samples = new Float32Array(analyser.fftSize);
            let loudest = 0;
            let ticks = 0;
            this.meter = setInterval(() => {
                analyser.getFloatTimeDomainData(samples);
                let sum = 0;
                for (const s of samples) sum += s * s;
                loudest = Math.max(loudest, Math.sqrt(sum / samples.length));
                if (++ticks % 10 === 0) {
                    reportLevel(loudest > 0 ? Math.max(-100, 20 * Math.log10(loudest)) : -100);
                    loudest = 0;
                }
            }, 100);
        }

        stopSound() {
            clearTimeout(this.cadence);
            this.cadence = null;
            for (const source of this.sources) { try { source.stop(); } catch { /* stopped */ } }
            this.sources = [];
            this.gain.gain.value = 0;
        }

        close() {
            this.stopSound();
            clearInterval(this.meter);
            if (this.sink) this.sink.srcObject = null;
            try { this.pc.close(); } catch { /* closed */ }
        }
    }

    // Without telephone-event in the negotiated codecs the SDK sends digits by signalling ("dtmf" frames), so the
    // simulator sees each one, as Twilio's edge would hear it.
    function withoutDtmfCodec(sdp) {
        const payloads = [...sdp.matchAll(/^a=rtpmap:(\d+) telephone-event\/\d+/gim)].map(m => m[1]);
        if (payloads.length === 0) return sdp;
        const drop = new Set(payloads);
        return sdp.split('\r\n')
            .filter(line => !/^a=(rtpmap|fmtp|rtcp-fb):(\d+)/.test(line) || !drop.has(/^a=\w+(?:-\w+)?:(\d+)/.exec(line)[1]))
            .map(line => line.startsWith('m=audio ')
                ? line.split(' ').filter((part, i) => i < 3 || !drop.has(part)).join(' ')
                : line)
            .join('\r\n');
    }

    // Non-trickle, like Twilio's SDP: wait until every candidate is in the description (at most 3 s).
    function gathered(pc) {
        if (pc.iceGatheringState === 'complete') return Promise.resolve(pc.localDescription.sdp);
        return new Promise(resolve => {
            const done = () => { clearTimeout(timer); pc.removeEventListener('icegatheringstatechange', check); resolve(pc.localDescription.sdp); };
            const check = () => { if (pc.iceGatheringState === 'complete') done(); };
            const timer = setTimeout(done, 3000);
            pc.addEventListener('icegatheringstatechange', check);
        });
    }

    const farEnd = new FarEnd();

    class SimulatorRoutedWebSocket extends NativeWebSocket {
        constructor(url, protocols) {
            const routed = twilioSignalling.test(String(url));
            super(routed ? simulatorUrl() : url, protocols);
            if (routed) farEnd.attach(this);
        }
    }

    window.WebSocket = SimulatorRoutedWebSocket;
})();
