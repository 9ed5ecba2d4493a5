using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The lines the app's console logger would write, formatted by the formatter its configuration chose
/// (Logging:Console:FormatterName), exactly as the console logger calls it, without sharing the process's console
/// with the other tests running at the same time.
/// </summary>
public sealed class ConsoleLogCapture(IEnumerable<ConsoleFormatter> formatters, IOptionsMonitor<ConsoleLoggerOptions> options) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    /// <summary>The formatter in use, as the console logger picks it (simple when none is named).</summary>
    public ConsoleFormatter Formatter =>
        formatters.FirstOrDefault(f => f.Name == (options.CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple))
        ?? throw new InvalidOperationException($"No console formatter is named '{options.CurrentValue.FormatterName}'.");

    /// <summary>Adds the capture to an app's services (for <see cref="VoipAppFactory.TestServices"/>).</summary>
    public static void AddTo(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(provider => provider.GetRequiredService<ConsoleLogCapture>())
            .AddSingleton<ConsoleLogCapture>();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ConsoleLogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => NullScope.Instance;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            using var writer = new StringWriter();
            capture.Formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), null, writer);
            capture.lines.Enqueue(writer.ToString());
        }
    }

    private sealed class NullScope : IDisposable
    {
        public static readonly NullScope Instance = new();

        public void Dispose()
        {
        }
    }
}
