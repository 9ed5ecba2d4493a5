namespace Ispecia.Voip.Core.Data.Migrations;

/// <summary>
/// Fills Calls.Result for rows stored before the column existed: CallResult.KindOf written in SQL, over the enum names
/// the columns store. The same text runs on SQLite and PostgreSQL (booleans test as themselves on both).
/// CallResultBackfillTests hold it to CallResult.Of over every combination of the fields.
/// </summary>
internal static class CallResultBackfill
{
    public const string Sql = """
        UPDATE "Calls" SET "Result" = CASE
            WHEN "Direction" = 'Inbound' AND "IsMissed" AND "HasVoicemail" THEN 'Voicemail'
            WHEN "Direction" = 'Inbound' AND "IsMissed" THEN 'Missed'
            ELSE CASE
                CASE WHEN "Direction" = 'Outbound' AND "DialStatus" IS NOT NULL AND "DialStatus" <> 'Completed' THEN "DialStatus" ELSE "Status" END
                WHEN 'Queued' THEN 'Ringing'
                WHEN 'Initiated' THEN 'Ringing'
                WHEN 'Ringing' THEN 'Ringing'
                WHEN 'InProgress' THEN 'InProgress'
                WHEN 'Busy' THEN 'Busy'
                WHEN 'NoAnswer' THEN 'NoAnswer'
                WHEN 'Failed' THEN 'Failed'
                WHEN 'Canceled' THEN 'Canceled'
                ELSE 'Completed'
            END
        END;
        """;
}
