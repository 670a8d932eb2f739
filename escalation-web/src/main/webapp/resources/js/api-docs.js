// Renders the OpenAPI document the server publishes through MicroProfile OpenAPI (at the server's
// root, /openapi). Calls tried from the page send the token given under "Authorize".
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi',
        dom_id: '#swagger-ui',
        deepLinking: true,
        defaultModelsExpandDepth: 0,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout'
    });
});
