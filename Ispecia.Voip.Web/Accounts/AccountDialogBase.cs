namespace Ispecia.Voip.Web.Accounts;

/// <summary>An edit dialog of the accounts page: it changes one user, and the services answer with an <see cref="AccountChangeResult"/>.</summary>
public abstract class AccountDialogBase<TModel> : EditDialogBase<TModel>
{
    protected sealed override string GoneMessage => AccountChangeResult.UserGone().Message;

    /// <summary>Closes with the service's message, for the page's snackbar, or stays open and shows why it was refused.</summary>
    protected static SaveOutcome Outcome(AccountChangeResult result) =>
        result.Succeeded ? SaveOutcome.Saved(result.Message) : SaveOutcome.Refused(result.Message);
}
