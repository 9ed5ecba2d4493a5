using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ispecia.Voip.Core.Data;

/// <summary>Stores DateTime as UTC and marks values read back as UTC (SQLite keeps no kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
