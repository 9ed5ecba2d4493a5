namespace Ispecia.Voip.Web.Shared;

/// <summary>What the contacts and leads pages do alike around their dialogs: tell the user, then refresh or leave.</summary>
public static class CrmRecordPageActions
{
    /// <summary>Waits for the record's dialog; when it saved, says so and reloads what the page shows.</summary>
    /// <param name="noun">"contact" or "lead".</param>
    public static async Task AfterSaveAsync(Task<int?> dialog, ISnackbar snackbar, string noun, Func<Task> reload)
    {
        if (await dialog is not null)
        {
            snackbar.Add($"{Capitalised(noun)} saved.", Severity.Success);
            await reload();
        }
    }

    /// <summary>Asks before deleting; once deleted, says so and goes back to the list at <paramref name="listPath"/>.</summary>
    public static async Task DeleteAsync(
        IDialogService dialogs, ISnackbar snackbar, NavigationManager navigation, string noun, string consequence, Func<Task<bool>> delete, string listPath)
    {
        var confirmed = await dialogs.ShowMessageBoxAsync($"Delete {noun}?", consequence, yesText: "Delete", cancelText: "Cancel");
        if (confirmed == true && await delete())
        {
            snackbar.Add($"{Capitalised(noun)} deleted.", Severity.Success);
            navigation.NavigateTo(listPath);
        }
    }

    private static string Capitalised(string noun) => string.Concat(noun[..1].ToUpperInvariant(), noun[1..]);
}
