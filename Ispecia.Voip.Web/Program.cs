using Ispecia.Voip.Core;
using Ispecia.Voip.Core.Simulator;
using Ispecia.Voip.Web;
using Ispecia.Voip.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRootSettingsFile(builder.Environment);
builder.Configuration.AddGuideVariables(builder.Environment.ContentRootPath);
// Own-name keys (Twilio__AccountSid) win over the guide's names (TWILIO_ACCOUNT_SID).
builder.Configuration.AddEnvironmentVariables();
builder.Configuration.AddCommandLine(args);

var mode = ConfigurationCheck.ResolveOrThrow(builder.Configuration, builder.Environment);
builder.Services.AddSingleton(mode);
builder.Services.AddVoipCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddVoipSimulator(builder.Configuration, mode, builder.Environment.ContentRootPath);
builder.Services.AddVoipWeb(builder.Configuration, mode, isCreateAdminCommand: args.FirstOrDefault() == CreateAdminCommand.Name);

var app = builder.Build();

if (args.FirstOrDefault() == CreateAdminCommand.Name)
{
    return await CreateAdminCommand.RunAsync(app.Services, args);
}

app.UseVoipPipeline();
app.MapVoipEndpoints();
StartupBanner.PrintWhenStarted(app);

await app.RunAsync();
return 0;

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
