namespace Ispecia.Voip.Web.Softphone;

/// <summary>Microphones and speakers the browser offers (device.audio).</summary>
public sealed record AudioDevices(IReadOnlyList<AudioDevice> Inputs, IReadOnlyList<AudioDevice> Outputs);

public sealed record AudioDevice(string Id, string Label);
