using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;

namespace Ispecia.Voip.Tests.Architecture;

/// <summary>What the web app and Core may not know of each other (docs/architecture.md section 2).</summary>
public class WebBoundaryTests
{
    private static readonly System.Reflection.Assembly Core = typeof(Ispecia.Voip.Core.DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly Web = typeof(Ispecia.Voip.Web.DependencyInjection).Assembly;

    [Fact]
    public void Core_NeverUsesUiTypes()
    {
        var result = Types.InAssembly(Core).ShouldNot()
            .HaveDependencyOnAny("Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.SignalR", "Microsoft.JSInterop", "MudBlazor")
            .GetResult();

        Assert.True(result.IsSuccessful, "Core types that use UI types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Core_NeverUsesTheWebApp()
    {
        var result = Types.InAssembly(Core).ShouldNot().HaveDependencyOn("Ispecia.Voip.Web").GetResult();

        Assert.True(result.IsSuccessful, "Core types that use the web app: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Components_NeverQueryTheDatabase_TheyAskCoreServices()
    {
        var result = Types.InAssembly(Web).That().Inherit(typeof(ComponentBase))
            .ShouldNot().HaveDependencyOnAny("Ispecia.Voip.Core.Data", "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.True(result.IsSuccessful, "Components that use the database directly: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
