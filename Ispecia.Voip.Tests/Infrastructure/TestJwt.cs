using System.Buffers.Text;
using System.Security.Cryptography;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>Hand-made JWTs for the cases the generator refuses to produce, and decoding of the parts.</summary>
internal static class TestJwt
{
    public const string TwilioHeader = """{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}""";

    public static string Sign(string headerJson, string payloadJson, string secret)
    {
        var signingInput = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(headerJson)) + "."
            + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payloadJson));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(mac);
    }

    public static string DecodePart(string token, int index) =>
        Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[index]));

    public static JsonElement Payload(string token) => JsonDocument.Parse(DecodePart(token, 1)).RootElement;

    public static JsonElement Header(string token) => JsonDocument.Parse(DecodePart(token, 0)).RootElement;
}
