namespace Ispecia.Voip.Web.Shared;

/// <summary>Opens a contact or lead dialog the same way and reads its result: the saved record's id.</summary>
public static class CrmRecordDialog
{
    /// <returns>The saved record's id, or null when the dialog was cancelled.</returns>
    public static async Task<int?> ShowAsync<TDialog>(IDialogService dialogs, DialogParameters<TDialog> parameters, string noun, bool isNew)
        where TDialog : ComponentBase
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<TDialog>(isNew ? $"New {noun}" : $"Edit {noun}", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: int id } ? id : null;
    }
}
