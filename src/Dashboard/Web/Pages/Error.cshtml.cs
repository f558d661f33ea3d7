using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// The Spanish page shown for an error status (403, 404, a rejected form…), keeping the status code. A failed POST
/// is re-executed here as a POST, so this page answers POST too, and takes no token: it changes nothing.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnPost(int codigo) => OnGet(codigo);

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
