// The softphone's only JS: wraps Twilio.Device from @twilio/voice-sdk (in both modes: the simulator answers the same
// SDK), the @microsoft/signalr hub client, one-tab-rings coordination, audio meters and browser notifications.
// Everything the component needs arrives through the DotNetObjectReference; nothing is put on window.

const lockName = identity => `ispecia-softphone-${identity}`;

export async function start(dotnet, options) {
    const session = new SoftphoneSession(dotnet, options);
    await session.start();
    return session;
}

class SoftphoneSession {
    constructor(dotnet, options) {
        this.dotnet = dotnet;
        this.options = options;
        this.device = null;
        this.call = null;
        this.hub = null;
        this.disposed = false;
        this.releaseLock = null;
        this.channel = new BroadcastChannel(lockName(options.identity));
        this.channel.onmessage = e => this.onTabMessage(e.data);
        this.onOnline = () => this.notify('OnConnectivity', true);
        this.onOffline = () => this.notify('OnConnectivity', false);
        window.addEventListener('online', this.onOnline);
        window.addEventListener('offline', this.onOffline);
        this.registered = false;
        this.lastActivity = Date.now();
        this.onActivity = () => { this.lastActivity = Date.now(); };
        // A frozen or closing tab will not answer a call: say so while it still can, so calls skip this agent now.
        this.onGone = () => this.sendPresence('PageGone');
        this.onVisible = () => this.heartbeat();
        for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, this.onActivity, { passive: true });
        document.addEventListener('freeze', this.onGone);
        window.addEventListener('pagehide', this.onGone);
        document.addEventListener('resume', this.onVisible);
        document.addEventListener('visibilitychange', this.onVisible);
    }

    // Presence: the tab holding the registered device tells the server it is alive; a tab that stops (frozen, closed,
    // asleep) stops telling, and the server takes its agent Offline.
    heartbeat() {
        if (!this.registered) return;
        const idleSeconds = Math.floor((Date.now() - this.lastActivity) / 1000);
        this.sendPresence('Heartbeat', true, idleSeconds);
    }

    sendPresence(method, ...args) {
        if (this.hub?.state !== 'Connected') return;
        // send, not invoke: nothing to wait for, and a freezing page cannot wait.
        this.hub.send(method, ...args).catch(() => { /* the next heartbeat, or the server's timeout, covers it */ });
    }

    setRegistered(registered) {
        const was = this.registered;
        this.registered = registered;
        if (registered) this.heartbeat();
        else if (was) this.sendPresence('Heartbeat', false, 0);
    }

    async start() {
        await this.connectHub();
        await this.claimDevice(false);
    }

    // Only the tab holding the Web Lock registers the device and rings; the others wait for the lock.
    async claimDevice(takeOver) {
        if (!navigator.locks) {
            await this.registerDevice();
            return;
        }
        if (takeOver) {
            this.channel.postMessage({ type: 'release' });
        }
        const held = await navigator.locks.query();
        const busy = (held.held || []).some(l => l.name === lockName(this.options.identity));
        if (busy && !this.releaseLock) {
            this.notify('OnOtherTabActive', true);
        }
        navigator.locks.request(lockName(this.options.identity), () => new Promise(async release => {
            if (this.disposed) { release(); return; }
            this.releaseLock = release;
            this.notify('OnOtherTabActive', false);
            await this.registerDevice();
        }));
    }

    onTabMessage(message) {
        if (message?.type === 'release' && this.releaseLock && !this.call) {
            this.unregisterDevice();
            const release = this.releaseLock;
            this.releaseLock = null;
            release();
            this.notify('OnOtherTabActive', true);
            // Queue again, so this tab takes over when the other one closes.
            navigator.locks.request(lockName(this.options.identity), () => new Promise(async r => {
                if (this.disposed) { r(); return; }
                this.releaseLock = r;
                this.notify('OnOtherTabActive', false);
                await this.registerDevice();
            }));
        }
    }

    async registerDevice() {
        const DeviceClass = window.Twilio?.Device;
        if (!DeviceClass) {
            this.notify('OnError', 0, 'The Twilio Voice SDK did not load. Reload the page; if it persists, ask an admin to rebuild the app.');
            return;
        }
        if (!DeviceClass.isSupported) {
            this.notify('OnUnsupported');
            return;
        }
        try {
            const token = await this.dotnet.invokeMethodAsync('GetTokenAsync');
            const device = new DeviceClass(token, {
                closeProtection: true,
                codecPreferences: ['opus', 'pcmu'],
                // Served by the app, so ringing works with no internet and behind a strict proxy.
                sounds: this.options.sounds,
                // The simulator has no Insights to post to.
                publishEvents: this.options.publishEvents,
            });
            this.device = device;
            device.on('registered', () => { this.setRegistered(true); this.notify('OnRegistered'); });
            device.on('unregistered', () => { this.setRegistered(false); this.notify('OnUnregistered'); });
            device.on('error', error => this.notify('OnError', error?.code ?? 0, error?.message ?? String(error)));
            device.on('incoming', call => this.onIncoming(call));
            device.on('tokenWillExpire', async () => {
                try { device.updateToken(await this.dotnet.invokeMethodAsync('GetTokenAsync')); }
                catch (e) { this.notify('OnError', 20104, 'The access token could not be renewed.'); }
            });
            await device.register();
        } catch (error) {
            this.notify('OnError', error?.code ?? 0, error?.message ?? String(error));
        }
    }

    unregisterDevice() {
        // A call still ringing here is ignored, not rejected, so it can ring on (voicemail or another device).
        if (this.call?.status?.() === 'pending') {
            try { this.call.ignore(); } catch { /* already gone */ }
            this.call = null;
        }
        if (this.device) {
            try { this.device.destroy(); } catch { /* already gone */ }
            this.device = null;
            this.setRegistered(false);
        }
    }

    wire(call) {
        this.call = call;
        call.on('ringing', () => this.notify('OnRinging', call.parameters?.CallSid ?? null));
        call.on('accept', () => this.notify('OnAccepted', call.parameters?.CallSid ?? null));
        call.on('disconnect', () => this.finish('OnDisconnected'));
        call.on('cancel', () => this.finish('OnCanceled'));
        call.on('reject', () => this.finish('OnRejected'));
        call.on('mute', muted => { this.notify('OnMuted', muted); this.showLevels(call, 0, null); });
        call.on('volume', (input, output) => this.showLevels(call, input, output));
        call.on('error', error => this.notify('OnError', error?.code ?? 0, error?.message ?? String(error)));
    }

    finish(method) {
        const sid = this.call?.parameters?.CallSid ?? null;
        this.call = null;
        this.notify(method, sid);
    }

    // The SDK's volume event comes every 50 ms: the meters are set here, not through the circuit.
    showLevels(call, input, output) {
        const set = (testId, level) => {
            const meter = document.querySelector(`[data-testid="${testId}"]`);
            if (!meter || level === null) return;
            const value = Math.max(0, Math.min(1, level));
            meter.dataset.level = value.toFixed(3);
            meter.style.setProperty('--level', `${Math.round(value * 100)}%`);
        };
        set('call-mic-level', call.isMuted() ? 0 : input);
        set('call-speaker-level', output);
    }

    onIncoming(call) {
        if (this.call) {
            call.reject();
            return;
        }
        this.wire(call);
        const p = call.customParameters ?? new Map();
        const info = {
            callSid: call.parameters?.CallSid ?? null,
            from: call.parameters?.From ?? '',
            callId: p.get('callId') ?? null,
            callerName: p.get('callerName') ?? null,
            did: p.get('did') ?? null,
            routeName: p.get('routeName') ?? null,
        };
        this.notify('OnIncoming', info);
        // Tells the server this tab really rings; a call no softphone confirms moves on within seconds.
        if (info.callId) this.sendPresence('Ringing', Number(info.callId));
        if (document.hidden && 'Notification' in window && Notification.permission === 'granted') {
            const n = new Notification(`Incoming call: ${info.callerName ?? info.from}`, { body: info.routeName ?? '', tag: 'ispecia-incoming' });
            n.onclick = () => { window.focus(); n.close(); };
        }
    }

    async connect(params) {
        if (!this.device) {
            throw new Error('The softphone is not registered in this tab.');
        }
        const call = await this.device.connect({ params });
        this.wire(call);
        return call.parameters?.CallSid ?? null;
    }

    accept() { this.call?.accept(); }
    reject() { this.call?.reject(); }
    hangup() { this.call?.disconnect(); }
    mute(on) { this.call?.mute(on); }
    sendDigits(digits) { this.call?.sendDigits(digits); }

    async audioDevices() {
        const audio = this.device?.audio;
        if (!audio) return { inputs: [], outputs: [] };
        const list = map => [...(map?.values() ?? [])].map(d => ({ id: d.deviceId, label: d.label || 'Device' }));
        return { inputs: list(audio.availableInputDevices), outputs: list(audio.availableOutputDevices) };
    }

    async setInput(id) { await this.device?.audio?.setInputDevice(id); }
    async setOutput(id) { await this.device?.audio?.speakerDevices?.set([id]); }

    async enableNotifications() {
        if (!('Notification' in window)) return 'unsupported';
        return await Notification.requestPermission();
    }

    notifyMissed(name, number) {
        if (!('Notification' in window) || Notification.permission !== 'granted') return;
        const n = new Notification(`Missed call: ${name ?? number}`, { body: 'Click to call back', tag: `ispecia-missed-${number}` });
        n.onclick = () => { window.focus(); this.notify('OnCallBackRequested', number); n.close(); };
    }

    takeOver() { return this.claimDevice(true); }

    async connectHub() {
        const signalR = window.signalR;
        if (!signalR) return;
        const hub = new signalR.HubConnectionBuilder()
            .withUrl(this.options.hubUrl)
            .withAutomaticReconnect()
            .build();
        hub.on('IncomingCall', e => this.notify('OnHubIncomingCall', e));
        hub.on('CallUpdated', e => this.notify('OnHubCallUpdated', e));
        hub.on('MissedCall', e => this.notify('OnHubMissedCall', e));
        hub.on('RecordingReady', e => this.notify('OnHubRecordingReady', e));
        hub.onreconnecting(() => this.notify('OnConnectivity', false));
        hub.onreconnected(() => { this.notify('OnConnectivity', true); this.heartbeat(); });
        this.hub = hub;
        try { await hub.start(); } catch { this.notify('OnConnectivity', false); }
        this.heartbeatTimer = setInterval(() => this.heartbeat(), this.options.heartbeatSeconds * 1000);
    }

    notify(method, ...args) {
        if (this.disposed) return;
        this.dotnet.invokeMethodAsync(method, ...args).catch(() => { /* circuit gone */ });
    }

    async dispose() {
        this.disposed = true;
        window.removeEventListener('online', this.onOnline);
        window.removeEventListener('offline', this.onOffline);
        for (const type of ['pointerdown', 'keydown']) document.removeEventListener(type, this.onActivity);
        document.removeEventListener('freeze', this.onGone);
        window.removeEventListener('pagehide', this.onGone);
        document.removeEventListener('resume', this.onVisible);
        document.removeEventListener('visibilitychange', this.onVisible);
        clearInterval(this.heartbeatTimer);
        this.channel.close();
        // Closing or leaving this tab must not reject a call ringing elsewhere: only destroy our own device.
        this.unregisterDevice();
        this.releaseLock?.();
        this.releaseLock = null;
        try { await this.hub?.stop(); } catch { /* already stopped */ }
        this.dotnet = null;
    }
}
