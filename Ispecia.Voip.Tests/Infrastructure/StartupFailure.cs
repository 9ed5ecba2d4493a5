namespace Ispecia.Voip.Tests.Infrastructure;

public static class StartupFailure
{
    /// <summary>Every message in an exception chain: the host wraps start-up failures.</summary>
    public static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}
