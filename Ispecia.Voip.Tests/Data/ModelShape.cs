using Microsoft.EntityFrameworkCore.Metadata;

namespace Ispecia.Voip.Tests.Data;

/// <summary>
/// One line per entity, property, key, index, foreign key and navigation, with what decides how EF Core reads and writes
/// it, sorted; two models with the same lines map the same classes to the same tables the same way.
/// </summary>
internal static class ModelShape
{
    public static IReadOnlyList<string> Of(IModel model) =>
        model.GetEntityTypes().SelectMany(Lines).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Lines(IEntityType entity)
    {
        var name = entity.Name;
        yield return $"{name}: table {entity.GetTableName()}, base {entity.BaseType?.Name}, filter {entity.GetDeclaredQueryFilters().Count}";
        foreach (var property in entity.GetDeclaredProperties())
        {
            yield return $"{name}.{property.Name}: {property.ClrType.Name} column {property.GetColumnName()} {property.GetColumnType()}" +
                $" null {property.IsNullable} max {property.GetMaxLength()} concurrency {property.IsConcurrencyToken}" +
                $" generated {property.ValueGenerated} converter {property.GetValueConverter()?.GetType().Name}" +
                $" provider {property.GetProviderClrType()?.Name} default {property.GetDefaultValueSql()}";
        }

        foreach (var key in entity.GetDeclaredKeys())
        {
            yield return $"{name} key {Names(key.Properties)} primary {key.IsPrimaryKey()}";
        }

        foreach (var index in entity.GetDeclaredIndexes())
        {
            yield return $"{name} index {Names(index.Properties)} unique {index.IsUnique} filter {index.GetFilter()}";
        }

        foreach (var foreignKey in entity.GetDeclaredForeignKeys())
        {
            yield return $"{name} foreign key {Names(foreignKey.Properties)} -> {foreignKey.PrincipalEntityType.Name}" +
                $" delete {foreignKey.DeleteBehavior} required {foreignKey.IsRequired}";
        }

        foreach (var navigation in entity.GetDeclaredNavigations())
        {
            yield return $"{name} navigation {navigation.Name} -> {navigation.TargetEntityType.Name} collection {navigation.IsCollection}";
        }
    }

    private static string Names(IReadOnlyList<IProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
