using System.Diagnostics;
using Ispecia.Voip.Core;

namespace Ispecia.Voip.Tests.Data;

/// <summary>
/// The in-process gate in front of SQLite's single writer: concurrent writers all land, a failed write lets the next
/// one in, and a context writing while another context holds a transaction still goes ahead.
/// </summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private readonly string path = VoipAppFactory.NewDatabasePath();
    private ServiceProvider services = null!;
    private IDbContextFactory<VoipDbContext> factory = null!;

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Voip"] = $"Data Source={path}",
        }).Build();
        services = new ServiceCollection().AddLogging().AddVoipCore(configuration, Path.GetTempPath()).BuildServiceProvider();
        factory = services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
        await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task ConcurrentWriters_SomeInTransactions_AllTheirRowsAreStored()
    {
        var ct = TestContext.Current.CancellationToken;
        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(
            async () =>
            {
                await using var db = await factory.CreateDbContextAsync(ct);
                if (i % 4 == 0)
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    db.Calls.Add(NewCall($"t{i}"));
                    await db.SaveChangesAsync(ct);
                    db.Calls.Add(NewCall($"u{i}"));
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                }
                else
                {
                    db.Calls.Add(NewCall($"s{i}"));
                    await db.SaveChangesAsync(ct);
                }
            },
            ct)));

        await using var check = await factory.CreateDbContextAsync(ct);
        Assert.Equal(64 + 16, await check.Calls.CountAsync(ct));
    }

    [Fact]
    public async Task FailedWrite_TheNextWriterIsNotHeldUp()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.Calls.Add(NewCall("dup"));
            await db.SaveChangesAsync(ct);
        }

        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.Calls.Add(NewCall("dup"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        }

        var started = Stopwatch.GetTimestamp();
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.Calls.Add(NewCall("after"));
            await db.SaveChangesAsync(ct);
        }

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2), "the failed write kept the gate");
    }

    [Fact]
    public async Task TransactionDisposedWithoutCommit_ReleasesTheGateWhenItsContextCloses()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Calls.Add(NewCall("abandoned"));
            await db.SaveChangesAsync(ct);
        }

        var started = Stopwatch.GetTimestamp();
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            db.Calls.Add(NewCall("next"));
            await db.SaveChangesAsync(ct);
            Assert.Equal(["CAnext"], await db.Calls.Select(c => c.CallSid).ToListAsync(ct));
        }

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(2), "the abandoned transaction kept the gate");
    }

    private static Call NewCall(string sid) => new() { CallSid = "CA" + sid, Direction = CallDirection.Inbound, Status = CallStatus.Ringing };
}
