namespace Ispecia.Voip.Core.Reports;

/// <summary>One value per group, as <see cref="ReportSql.P90Wait"/> returns it.</summary>
internal sealed class ReportKeyedValue
{
    public string? Key { get; set; }

    public double? Value { get; set; }
}
