using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ispecia.Voip.Core.Data;

/// <summary>
/// An EF Core compiled query, compiled once per model. EF Core refuses to run a compiled query against a model other
/// than the one it first ran with; the app has one model per process (its provider's), but a process may hold both
/// providers' models (the test suite does), so each model gets its own compiled delegate.
/// </summary>
public sealed class PerModelQuery<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = [];

    /// <summary>The compiled query for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
