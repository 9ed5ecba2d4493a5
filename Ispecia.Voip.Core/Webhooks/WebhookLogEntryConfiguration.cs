using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ispecia.Voip.Core.Webhooks;

internal sealed class WebhookLogEntryConfiguration : IEntityTypeConfiguration<WebhookLogEntry>
{
    public void Configure(EntityTypeBuilder<WebhookLogEntry> builder)
    {
        builder.Property(w => w.Path).HasMaxLength(WebhookLogEntry.PathMaxLength);
        builder.Property(w => w.CallSid).HasMaxLength(34);
        builder.Property(w => w.Result).HasMaxLength(WebhookLogEntry.ResultMaxLength);
        builder.HasIndex(w => w.At);
    }
}
