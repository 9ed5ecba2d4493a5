namespace Ispecia.Voip.Core.Trunks;

public enum TrunkProvider
{
    Twilio,
    Sip,
}

public enum SipTransport
{
    Udp,
    Tcp,
    Tls,
}

public enum TrunkAuthMethod
{
    Credentials,
    IpAllowList,
}
