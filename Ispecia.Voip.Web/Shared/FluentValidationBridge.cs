using FluentValidation;

namespace Ispecia.Voip.Web.Shared;

/// <summary>
/// Lets a MudForm use the same FluentValidation validator as the API: MudForm asks per field
/// (model, property path) and gets that field's messages.
/// </summary>
public static class FluentValidationBridge
{
    public static Func<object, string, Task<IEnumerable<string>>> ForMudForm<T>(this IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var context = ValidationContext<T>.CreateWithOptions((T)model, options => options.IncludeProperties(propertyName));
            var result = await validator.ValidateAsync(context);
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
