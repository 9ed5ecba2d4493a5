namespace Ispecia.Voip.Web.Softphone;

/// <summary>What one event made of the softphone: its next state, and what the component must do outside it.</summary>
public sealed record SoftphoneTransition(SoftphoneCallState State, IReadOnlyList<SoftphoneEffect> Effects)
{
    public static SoftphoneTransition To(SoftphoneCallState state, params SoftphoneEffect[] effects) => new(state, effects);
}
