namespace Ispecia.Voip.Core.Setup;

/// <summary>
/// Names, companies and numbers for the demo CRM. Numbers use the fictional 555-01xx range (and Ofcom's drama
/// range for the UK) and are written in the formats people really type.
/// </summary>
internal static class DemoDirectory
{
    public static readonly string[] FirstNames =
    [
        "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas",
        "Mia", "Mason", "Amelia", "Ethan", "Harper", "Logan", "Evelyn", "Aiden", "Abigail", "Jackson",
        "Emily", "Sebastian", "Ella", "Mateo", "Scarlett", "Henry", "Grace", "Owen", "Chloe", "Wyatt",
        "Priya", "Hiroshi", "Fatima", "Lars", "Chiara", "Diego", "Aisha", "Tomasz", "Ingrid", "Kwame",
        "Nadia", "Rafael", "Yuki", "Omar", "Elena", "Felix", "Zara", "Marcus", "Leah", "Theo",
    ];

    public static readonly string[] LastNames =
    [
        "Johnson", "Nguyen", "Garcia", "Patel", "Okafor", "Schmidt", "Rossi", "Kim", "Martinez", "Brown",
        "Williams", "Chen", "Silva", "Andersson", "Dubois", "Kowalski", "Haddad", "Tanaka", "Murphy", "Novak",
        "Walker", "Lopez", "Fischer", "Moreau", "Singh", "Costa", "Larsen", "Ivanova", "Mensah", "Reyes",
        "Baker", "Hughes", "Ramos", "Weber", "Sato", "Ali", "Young", "Price", "Hansen", "Clarke",
        "Bennett", "Foster", "Gray", "Hayes", "Jensen", "Keller", "Lindqvist", "Morales", "Ortiz", "Quinn",
    ];

    public static readonly string[] Companies =
    [
        "Northwind Traders", "Contoso Pharmaceuticals", "Fabrikam Logistics", "Tailspin Toys", "Wingtip Solar",
        "Adventure Works Cycles", "Blue Yonder Airlines", "Coho Winery", "Litware Analytics", "Proseware Health",
        "Woodgrove Bank", "Alpine Ski House", "Margie's Travel", "Trey Research", "Lucerne Publishing",
    ];

    public static readonly string[] JobTitles =
    [
        "Head of Operations", "Procurement Manager", "CTO", "Office Manager", "Sales Director",
        "Finance Lead", "IT Administrator", "Founder", "Customer Success Manager", "Purchasing Agent",
    ];

    public static readonly string[] LeadTitles =
    [
        "Contact-centre rollout", "50-seat softphone trial", "Renewal and upsell", "Call recording add-on",
        "New branch telephony", "Support line migration", "SIP trunk consolidation", "CRM integration pilot",
        "Outbound sales team", "Helpdesk expansion",
    ];

    /// <summary>Area codes for the US numbers (not 415, so no contact shares a number with a demo DID).</summary>
    private static readonly string[] AreaCodes = ["212", "312", "646", "617", "206", "303", "512", "702"];

    /// <summary>The n-th demo number, in one of several formats a person would type.</summary>
    public static string Number(int n)
    {
        var line = 100 + (n % 100);
        var area = AreaCodes[n % AreaCodes.Length];
        return (n % 6) switch
        {
            0 => $"({area}) 555-0{line}",
            1 => $"+1 {area} 555 0{line}",
            2 => $"{area}.555.0{line}",
            3 => $"{area}-555-0{line}",
            4 => $"+1 ({area}) 555-0{line}",
            _ => $"+44 20 7946 0{line:000}",
        };
    }
}
