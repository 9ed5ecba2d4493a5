namespace Ispecia.Voip.Core.Contacts;

public enum PhoneLabel
{
    Work,
    Mobile,
    Home,
    Other,
}
