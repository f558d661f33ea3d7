// Spanish (Colombia) for Plotly: month and day names, date order, decimal comma and thousands point, and the
// mode bar's tooltips. Registered before any chart is drawn; the charts ask for it with config.locale = "es".
(function () {
  if (!window.Plotly) return;
  window.Plotly.register({
    moduleType: 'locale',
    name: 'es',
    dictionary: {
      'Autoscale': 'Ajustar escala',
      'Box Select': 'Seleccionar con caja',
      'Download plot as a png': 'Descargar el gráfico como imagen PNG',
      'Double-click to zoom back out': 'Doble clic para volver a la vista inicial',
      'Lasso Select': 'Seleccionar con lazo',
      'Pan': 'Desplazar',
      'Reset axes': 'Restablecer los ejes',
      'Reset view': 'Restablecer la vista',
      'Show closest data on hover': 'Mostrar el dato más cercano',
      'Compare data on hover': 'Comparar los datos',
      'Toggle Spike Lines': 'Mostrar u ocultar las líneas guía',
      'Zoom': 'Acercar una zona',
      'Zoom in': 'Acercar',
      'Zoom out': 'Alejar',
      'trace': 'serie',
      'count': 'cantidad',
      'median': 'mediana',
      'mean': 'media',
      'max': 'máximo',
      'min': 'mínimo',
      'q1': 'cuartil 1',
      'q3': 'cuartil 3',
      'upper fence': 'límite superior',
      'lower fence': 'límite inferior'
    },
    format: {
      days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
      shortDays: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
      months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
      shortMonths: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
      date: '%d/%m/%Y',
      decimal: ',',
      thousands: '.'
    }
  });
})();

// Drill-down: a chart whose points carry a link (Plotly customdata, set by the server from the page's filters) opens
// the petitions behind the clicked bar or point. Only the app's own relative URLs are followed.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('figure.grafico.con-detalle .js-plotly-plot').forEach(function (plot) {
    if (typeof plot.on !== 'function') return;
    plot.on('plotly_click', function (event) {
      var point = event && event.points && event.points[0];
      var link = point && point.customdata;
      if (typeof link === 'string' && link.charAt(0) === '/' && link.charAt(1) !== '/') window.location.assign(link);
    });
  });
});
