using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>The Spanish page shown for an error status (403, 404, a rejected form…), keeping the status code.</summary>
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int codigo)
    {
        (Heading, Explanation) = codigo switch
        {
            403 => ("No tiene acceso", "Su cuenta no permite ver esta información. Si la necesita, pídala al administrador del tablero."),
            404 => ("No se encontró la página", "La dirección no existe en el tablero."),
            400 => ("La solicitud no es válida", "El formulario venció o llegó incompleto. Vuelva a cargar la página e inténtelo de nuevo."),
            _ => ("Ocurrió un error", $"El servidor respondió con el código {codigo}."),
        };
    }
}
