namespace IndicadoresServicio.Etl.Profiles;

/// <summary>The delimiters a profile may name. "tab" exists because a literal tab is invisible in most editors.</summary>
internal static class ProfileDelimiters
{
    public static bool TryParse(string? text, out char delimiter)
    {
        delimiter = text switch
        {
            ";" => ';',
            "," => ',',
            "\t" => '\t',
            _ when string.Equals(text, "tab", StringComparison.OrdinalIgnoreCase) => '\t',
            _ => '\0',
        };
        return delimiter != '\0';
    }
}
