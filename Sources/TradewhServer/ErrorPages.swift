import Hummingbird

/// Turns what the router itself refuses (an address with no route: 404) and any error a handler
/// lets through into the app's own error pages.
struct ErrorPages: RouterMiddleware {
    typealias Context = BasicRequestContext
    let site: Site

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let form = FormValues(query: request.uri.query)
        let labels = Site.labels(form), links = Links(language: labels.language, path: request.uri.path, form: form)
        let api = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return site.failure(WebError.notFound(request.uri.path), api: api, labels: labels, links: links)
        } catch {
            return site.failure(error, api: api, labels: labels, links: links)
        }
    }
}
