// A stand-in for Twilio.Device / Twilio.Call (@twilio/voice-sdk 2.x) that talks to the app's built-in simulator
// instead of Twilio. Same constructor, methods, events and states as the parts of the SDK the softphone uses,
// so Softphone.razor.js runs unchanged. Signalling goes over SignalR (window.signalR, from /lib/signalr); no media
// is transported, but the microphone is requested like the real SDK does and tones are played with WebAudio.

class Emitter {
    constructor() { this._handlers = new Map(); }
    on(event, handler) { (this._handlers.get(event) ?? this._handlers.set(event, new Set()).get(event)).add(handler); return this; }
    once(event, handler) { const wrap = (...a) => { this.off(event, wrap); handler(...a); }; return this.on(event, wrap); }
    off(event, handler) { this._handlers.get(event)?.delete(handler); return this; }
    removeListener(event, handler) { return this.off(event, handler); }
    removeAllListeners(event) { event ? this._handlers.delete(event) : this._handlers.clear(); return this; }
    emit(event, ...args) { for (const h of [...(this._handlers.get(event) ?? [])]) { try { h(...args); } catch (e) { console.error(e); } } }
}

class TwilioError extends Error {
    constructor(code, message) { super(message); this.code = code; this.name = 'TwilioError'; }
}

function toTwilioError(error) {
    const text = String(error?.message ?? error);
    const match = /(\d{5})\|(.*)$/.exec(text);
    return match ? new TwilioError(Number(match[1]), match[2]) : new TwilioError(31005, text);
}

class Tones {
    constructor() { this.context = null; this.timer = null; this.nodes = []; }
    _ctx() { this.context ??= new (window.AudioContext || window.webkitAudioContext)(); return this.context; }
    _beep(frequencies, seconds, volume) {
        const ctx = this._ctx();
        const gain = ctx.createGain();
        gain.gain.value = volume;
        gain.connect(ctx.destination);
        for (const f of frequencies) {
            const osc = ctx.createOscillator();
            osc.frequency.value = f;
            osc.connect(gain);
            osc.start();
            osc.stop(ctx.currentTime + seconds);
        }
    }
    _loop(frequencies, on, period, volume) {
        this.stop();
        const play = () => { try { this._beep(frequencies, on, volume); } catch { /* audio not allowed yet */ } };
        play();
        this.timer = setInterval(play, period * 1000);
    }
    ringback() { this._loop([440, 480], 2, 4, 0.05); }
    ringtone() { this._loop([480, 620], 1, 2, 0.06); }
    farEnd() { this._loop([300, 450], 0.25, 0.8, 0.03); }
    stop() { clearInterval(this.timer); this.timer = null; }
}

export class Call extends Emitter {
    constructor(device, direction, parameters, customParameters) {
        super();
        this._device = device;
        this._direction = direction;
        this._status = direction === 'INCOMING' ? 'pending' : 'connecting';
        this._muted = false;
        this._tones = new Tones();
        this.parameters = parameters;
        this.customParameters = new Map(Object.entries(customParameters ?? {}));
        this.direction = direction;
    }

    status() { return this._status; }
    isMuted() { return this._muted; }

    async accept() {
        if (this._status !== 'pending') return;
        this._tones.stop();
        if (!(await this._device._microphone(this))) return;
        this._status = 'connecting';
        await this._device._invoke('Accept', this.parameters.CallSid);
    }

    reject() {
        if (this._status !== 'pending') return;
        this._tones.stop();
        this._status = 'closed';
        this._device._invoke('Reject', this.parameters.CallSid);
        this._device._forget(this);
        this.emit('reject');
    }

    // Stop ringing here but leave the call to other devices (as in the SDK).
    ignore() {
        this._tones.stop();
        this._status = 'closed';
        this._device._forget(this);
    }

    disconnect() {
        if (this._status === 'closed') return;
        this._device._invoke('Hangup', this.parameters.CallSid);
    }

    mute(shouldMute = true) {
        this._muted = !!shouldMute;
        this._device._invoke('Mute', this.parameters.CallSid, this._muted);
        this.emit('mute', this._muted, this);
    }

    sendDigits(digits) {
        if (!/^[0-9*#wW]+$/.test(digits)) throw new TwilioError(31000, 'Illegal character passed into sendDigits');
        this._device._invoke('SendDigits', this.parameters.CallSid, digits);
    }

    _ringing() { this._status = 'ringing'; this._tones.ringback(); this.emit('ringing', true); }
    _accepted() { this._status = 'open'; this._tones.farEnd(); this.emit('accept', this); }
    _ended(answered) {
        if (this._status === 'closed') return;
        const wasPending = this._status === 'pending';
        this._tones.stop();
        this._status = 'closed';
        this._device._forget(this);
        if (!answered && wasPending) this.emit('cancel');
        else this.emit('disconnect', this);
    }
}

export class Device extends Emitter {
    static get version() { return '2.18.5-simulated'; }

    constructor(token, options = {}) {
        super();
        this._token = token;
        this._options = options;
        this._calls = new Map();
        this._connection = null;
        this._expiryTimer = null;
        this.state = 'unregistered';
        this.identity = null;
        this.audio = {
            availableInputDevices: new Map(),
            availableOutputDevices: new Map(),
            setInputDevice: async id => { this._inputDeviceId = id; },
            speakerDevices: { set: async () => { } },
        };
        this._scheduleExpiry();
    }

    get calls() { return [...this._calls.values()]; }
    get isBusy() { return this._calls.size > 0; }

    async register() {
        this.state = 'registering';
        try {
            const connection = await this._connect();
            this.identity = await connection.invoke('Register', this._token);
            this.state = 'registered';
            await this._listDevices();
            this.emit('registered');
        } catch (error) {
            this.state = 'unregistered';
            this.emit('error', toTwilioError(error));
            throw toTwilioError(error);
        }
    }

    async unregister() {
        if (this._connection) await this._connection.invoke('Unregister').catch(() => { });
        this.state = 'unregistered';
        this.emit('unregistered');
    }

    async connect(options = {}) {
        const params = Object.fromEntries(Object.entries(options.params ?? {}).map(([k, v]) => [k, String(v)]));
        const call = new Call(this, 'OUTGOING', { From: `client:${this.identity ?? ''}`, To: params.To ?? '' }, {});
        if (!(await this._microphone(call))) return call;
        const connection = await this._connect();
        try {
            const sid = await connection.invoke('Connect', this._token, params);
            call.parameters.CallSid = sid;
            this._calls.set(sid, call);
        } catch (error) {
            const twilioError = toTwilioError(error);
            queueMicrotask(() => { call.emit('error', twilioError); call._ended(false); });
        }
        return call;
    }

    updateToken(token) {
        this._token = token;
        this._scheduleExpiry();
        if (this._connection) this._connection.invoke('UpdateToken', token).catch(e => this.emit('error', toTwilioError(e)));
    }

    destroy() {
        for (const call of this._calls.values()) {
            if (call.status() === 'pending') call.ignore(); else call.disconnect();
        }
        clearTimeout(this._expiryTimer);
        this._connection?.stop();
        this._connection = null;
        this.state = 'destroyed';
        this.emit('destroyed');
        this.removeAllListeners();
    }

    async _connect() {
        if (this._connection) return this._connection;
        const connection = new window.signalR.HubConnectionBuilder().withUrl('/simulator/device').withAutomaticReconnect().build();
        connection.on('Incoming', info => {
            const call = new Call(this, 'INCOMING', { CallSid: info.callSid, From: info.from, To: info.to }, info.customParameters);
            this._calls.set(info.callSid, call);
            call._tones.ringtone();
            this.emit('incoming', call);
        });
        connection.on('Ringing', sid => this._calls.get(sid)?._ringing());
        connection.on('Accepted', sid => this._calls.get(sid)?._accepted());
        connection.on('Disconnected', sid => this._calls.get(sid)?._ended(true));
        connection.on('Canceled', sid => this._calls.get(sid)?._ended(false));
        connection.onreconnected(async () => { try { await connection.invoke('Register', this._token); } catch (e) { this.emit('error', toTwilioError(e)); } });
        connection.onclose(() => { if (this.state === 'registered') { this.state = 'unregistered'; this.emit('unregistered'); } });
        await connection.start();
        this._connection = connection;
        return connection;
    }

    _invoke(method, ...args) {
        return this._connection?.invoke(method, ...args).catch(e => this.emit('error', toTwilioError(e)));
    }

    _forget(call) { this._calls.delete(call.parameters.CallSid); }

    async _microphone(call) {
        try {
            const stream = await navigator.mediaDevices.getUserMedia({ audio: this._inputDeviceId ? { deviceId: this._inputDeviceId } : true });
            stream.getTracks().forEach(t => t.stop());
            return true;
        } catch (error) {
            const twilioError = new TwilioError(31208, `User denied access to microphone: ${error?.message ?? error}`);
            queueMicrotask(() => { call.emit('error', twilioError); this.emit('error', twilioError); });
            return false;
        }
    }

    async _listDevices() {
        try {
            const all = await navigator.mediaDevices.enumerateDevices();
            for (const d of all) {
                if (d.kind === 'audioinput') this.audio.availableInputDevices.set(d.deviceId, d);
                if (d.kind === 'audiooutput') this.audio.availableOutputDevices.set(d.deviceId, d);
            }
        } catch { /* not allowed: lists stay empty */ }
    }

    _scheduleExpiry() {
        clearTimeout(this._expiryTimer);
        try {
            const payload = JSON.parse(atob(this._token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
            const warnIn = payload.exp * 1000 - Date.now() - 10000;
            this._expiryTimer = setTimeout(() => this.emit('tokenWillExpire', this), Math.max(0, warnIn));
        } catch { /* not a JWT: registration will report 20101 */ }
    }
}

Device.EventName = { Error: 'error', Incoming: 'incoming', Destroyed: 'destroyed', Unregistered: 'unregistered', Registering: 'registering', Registered: 'registered', TokenWillExpire: 'tokenWillExpire' };
Device.State = { Destroyed: 'destroyed', Unregistered: 'unregistered', Registering: 'registering', Registered: 'registered' };
