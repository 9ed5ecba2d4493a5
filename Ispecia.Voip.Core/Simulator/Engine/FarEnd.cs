namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>
/// How a dialled phone number behaves, like Twilio's magic test numbers, by its last four digits:
/// 0001 busy, 0002 no answer, 0003 failed, 0004 answers and hangs up after 5 s, anything else answers after 2 s
/// and stays until hung up.
/// </summary>
public sealed record FarEnd(string Outcome, double AnswerAfterSeconds, double? HangupAfterSeconds)
{
    /// <summary>The outcome of a ring that was answered; the others are the failure words of <see cref="TwilioCallStatus"/>.</summary>
    public const string Answers = "answered";

    public static FarEnd For(string number)
    {
        var digits = new string(number.Where(char.IsDigit).ToArray());
        return digits.Length >= 4 ? digits[^4..] switch
        {
            "0001" => new FarEnd(TwilioCallStatus.Busy, 1, null),
            "0002" => new FarEnd(TwilioCallStatus.NoAnswer, double.PositiveInfinity, null),
            "0003" => new FarEnd(TwilioCallStatus.Failed, 0.5, null),
            "0004" => new FarEnd(Answers, 2, 5),
            _ => new FarEnd(Answers, 2, null),
        } : new FarEnd(TwilioCallStatus.Failed, 0.5, null);
    }
}
