using IndicadoresServicio.Dashboard.Web.Caching;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// What every dashboard page reads besides its request: the warehouse, the answers cached per data version, the
/// installation's targets and the Colombian clock. Pages take it through their constructor like any other service,
/// so no page looks a service up from <c>HttpContext</c>.
/// </summary>
public sealed record DashboardServices(Warehouse Warehouse, ResultCache Cache, Targets Targets, ColombianClock Clock);
