/*
 * Drill-downs from the dashboard's charts. A dataset may carry "links", one address per bar or point
 * (null where there is nothing to open); p:chart calls this extender with the widget as "this"
 * before it draws, and a click on a bar or point then opens its address.
 */
function deskChartLinks() {
    var config = this.cfg.config;
    function linkOf(chart, elements) {
        if (!elements.length) {
            return null;
        }
        var links = chart.data.datasets[elements[0].datasetIndex].links;
        return links ? links[elements[0].index] : null;
    }
    config.options = config.options || {};
    config.options.onClick = function (event, elements, chart) {
        var link = linkOf(chart, elements);
        if (link) {
            window.location.href = link;
        }
    };
    config.options.onHover = function (event, elements, chart) {
        event.native.target.style.cursor = linkOf(chart, elements) ? 'pointer' : 'default';
    };
}
