using NetArchTest.Rules;

namespace Ispecia.Voip.Tests.Architecture;

/// <summary>
/// The simulator is a leaf (docs/architecture.md section 5): it plays Twilio's side, so it may know only Twilio's
/// vocabulary, and nothing but the start-up code that switches modes and its own web part may know it exists.
/// </summary>
public class SimulatorBoundaryTests
{
    private const string CoreSimulator = "Ispecia.Voip.Core.Simulator";
    private const string WebSimulator = "Ispecia.Voip.Web.Simulator";

    private static readonly System.Reflection.Assembly Core = typeof(Ispecia.Voip.Core.DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly Web = typeof(Ispecia.Voip.Web.DependencyInjection).Assembly;

    [Fact]
    public void CoreSimulator_UsesOnlyCommonConfigurationAndTwilio()
    {
        string[] allowed = ["Ispecia.Voip.Core.Common", "Ispecia.Voip.Core.Configuration", "Ispecia.Voip.Core.Twilio"];
        var forbidden = Core.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.StartsWith("Ispecia.Voip.Core.", StringComparison.Ordinal) && !ns.StartsWith(CoreSimulator, StringComparison.Ordinal) && !allowed.Contains(ns))
            .Distinct()
            .ToArray();

        var result = Types.InAssembly(Core).That().ResideInNamespace(CoreSimulator).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, "Simulator types that use the app's own features: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void NothingElseInCore_UsesTheSimulator()
    {
        var result = Types.InAssembly(Core).That().DoNotResideInNamespace(CoreSimulator).ShouldNot().HaveDependencyOn(CoreSimulator).GetResult();

        Assert.True(result.IsSuccessful, "Core types outside the simulator that use it: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void InTheWebApp_OnlyTheModeSwitchAndTheSimulatorPages_UseTheSimulator()
    {
        var result = Types.InAssembly(Web).That().DoNotResideInNamespace(WebSimulator)
            .ShouldNot().HaveDependencyOnAny(CoreSimulator, WebSimulator).GetResult();

        // Program.cs picks the mode and DependencyInjection registers the simulator's web part; their lambdas count as theirs.
        var others = (result.FailingTypeNames ?? []).Where(name => !IsModeSwitch(name)).ToList();

        Assert.True(others.Count == 0, "Web types that use the simulator: " + string.Join(", ", others));
    }

    private static bool IsModeSwitch(string typeName) =>
        typeName == "Program" || typeName.StartsWith("Program+", StringComparison.Ordinal) || typeName.StartsWith("Program/", StringComparison.Ordinal)
        || typeName.StartsWith("Ispecia.Voip.Web.DependencyInjection", StringComparison.Ordinal);
}
