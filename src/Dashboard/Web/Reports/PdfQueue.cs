using IndicadoresServicio.Dashboard.Printing;
using PuppeteerSharp;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The web server's PDF printing: one Chromium shared by every request (launched on first use, relaunched if it
/// dies), a few tabs printing at once, a short queue behind them and a per-person limit. A browser per request let
/// one person's sixteen clicks start 144 processes and 2.7 GB; past these limits a request is refused at once, before
/// any report is built, so the server keeps answering everybody else.
/// </summary>
public sealed class PdfQueue(string browserParent, PdfQueue.Limits limits) : IAsyncDisposable
{
    /// <param name="Printing">Tabs printing at once: a ficha's second is mostly Chromium's layout, one per core is plenty.</param>
    /// <param name="Admitted">Requests printing or waiting, everybody's together.</param>
    /// <param name="PerUser">Requests printing or waiting for one signed-in person.</param>
    public sealed record Limits(int Printing, int Admitted, int PerUser)
    {
        public static readonly Limits Default = new(Math.Clamp(Environment.ProcessorCount, 1, 4), 8, 2);
    }

    public enum Refusal { None, PersonBusy, ServerBusy }

    private readonly SemaphoreSlim _tabs = new(limits.Printing);
    private readonly SemaphoreSlim _launching = new(1, 1);
    private readonly Dictionary<string, int> _byPerson = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();
    private int _admitted;
    private PdfPrinter? _printer;

    /// <summary>A place in the queue for <paramref name="person"/>, or why there is none; dispose the place when done.</summary>
    public (IDisposable? Place, Refusal Refusal) Admit(string person)
    {
        lock (_gate)
        {
            if (_byPerson.GetValueOrDefault(person) >= limits.PerUser)
                return (null, Refusal.PersonBusy);
            if (_admitted >= limits.Admitted)
                return (null, Refusal.ServerBusy);
            _byPerson[person] = _byPerson.GetValueOrDefault(person) + 1;
            _admitted++;
            return (new Place(this, person), Refusal.None);
        }
    }

    private void Leave(string person)
    {
        lock (_gate)
        {
            _admitted--;
            if (--_byPerson[person] == 0)
                _byPerson.Remove(person);
        }
    }

    /// <summary>Prints in the shared browser once a tab is free (call it holding a place from <see cref="Admit"/>).</summary>
    public async Task Print(PrintablePage page, string pdfPath, CancellationToken cancellation)
    {
        await _tabs.WaitAsync(cancellation);
        try
        {
            var printer = await Printer(cancellation);
            await printer.Print(page, pdfPath);
        }
        finally
        {
            _tabs.Release();
        }
    }

    private async Task<PdfPrinter> Printer(CancellationToken cancellation)
    {
        await _launching.WaitAsync(cancellation);
        try
        {
            if (_printer is { IsConnected: true } running)
                return running;
            if (_printer is not null)
            {
                // A crashed browser may fail to close; what is left of it is gone either way.
                try { await _printer.DisposeAsync(); } catch (PuppeteerException) { }
                _printer = null;
            }
            _printer = await PdfPrinter.Launch(browserParent);
            return _printer;
        }
        finally
        {
            _launching.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_printer is not null)
            await _printer.DisposeAsync();
    }

    private sealed class Place(PdfQueue queue, string person) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
                queue.Leave(person);
        }
    }
}
