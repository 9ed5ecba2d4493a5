namespace Ispecia.Voip.Core.Common;

/// <summary>
/// Shortens text for a column or a message without splitting a character: cutting between the two halves of a
/// surrogate pair (an emoji typed in the softphone) leaves text that XML writers and databases refuse.
/// </summary>
public static class TextCut
{
    /// <summary>At most <paramref name="max"/> UTF-16 units, ending on a whole text element.</summary>
    public static string ToLength(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= max)
        {
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return text[..end];
    }

    /// <summary>The whole text element (a letter, an emoji with its modifiers) that starts at or spans <paramref name="index"/>.</summary>
    public static string ElementAt(string text, int index)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (index < elements.ElementIndex + element.Length)
            {
                return element;
            }
        }

        return "";
    }
}
