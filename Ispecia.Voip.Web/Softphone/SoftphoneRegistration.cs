namespace Ispecia.Voip.Web.Softphone;

public static class SoftphoneRegistration
{
    /// <summary>The softphone's services: click-to-call for the pages of a tab, and the browser module of each softphone.</summary>
    public static IServiceCollection AddSoftphone(this IServiceCollection services)
    {
        services.AddScoped<SoftphoneController>();
        // Transient: the session it holds belongs to one component, which disposes it.
        services.AddTransient<SoftphoneModule>();
        return services;
    }
}
