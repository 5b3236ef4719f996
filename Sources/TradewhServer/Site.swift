import Foundation
import Hummingbird
import NIOPosix
import TradeWarehouse

/// The web app's routes and how a request becomes a response: each request borrows a read-only
/// connection from `readers` (in a read transaction of its own) on a thread of NIO's pool (SQLite blocks), its statements
/// stopped after `timeout` seconds; a page's tables are downloads with `format=csv|json|xlsx`; every
/// error is a page (or, under `/api/`, a JSON object), never a stack trace. Answers other than the
/// user's own SQL are kept until the warehouse changes (`AnswerCache`).
struct Site: Sendable {
    let readers: ReaderPool
    let timeout: Double
    let renderer: PageRenderer
    let cache: AnswerCache

    /// The addresses whose answers are never kept: the user's own SQL (`random()`, the time).
    static let uncached: Set<String> = ["/sql", "/api/sql"]

    /// Each page's path and how it is made; `:code` is a partner, commodity or release.
    static let pages: [(path: String, make: @Sendable (Visit) throws -> Page)] = [
        ("/", OverviewPage.make),
        ("/analyses", AnalysisPage.make),
        ("/partners", { try ReferencePage.make($0, commodities: false) }),
        ("/partners/:code", { try SubjectPage.make($0, commodity: false) }),
        ("/commodities", { try ReferencePage.make($0, commodities: true) }),
        ("/commodities/:code", { try SubjectPage.make($0, commodity: true) }),
        ("/releases", ReleasesPage.list),
        ("/releases/:code", ReleasesPage.one),
        ("/figures", FigurePage.make),
        ("/sql", SQLPage.make),
    ]

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ErrorPages(site: self))
        for (path, make) in Self.pages {
            router.get(RouterPath(path)) { request, context in
                try await self.answer(request, parameter: Self.code(context)) { visit in
                    let page = try make(visit)
                    if let format = visit.form["format"] { return try self.download(page, format: format, visit: visit) }
                    let wording = page.tables.contains(where: \.worded) ? try visit.wording() : TableWording(language: visit.language)
                    return self.html(page, labels: visit.labels, links: visit.links, wording: wording) { key, rows in
                        visit.cache.value("rows." + key, madeAt: visit.version, rows)
                    }
                }
            }
        }
        for (path, rows) in APIRoutes.routes {
            router.get(RouterPath("/api/" + path)) { request, context in
                try await self.answer(request, parameter: Self.code(context), api: true) { visit in
                    Self.response(200, type: "application/json", Array(TableRenderer.render(try rows(visit), as: .json).utf8))
                }
            }
        }
        let style = Array((WebAssets.text("style.css") ?? "").utf8)
        router.get("/assets/style.css") { _, _ in Self.response(200, type: "text/css; charset=utf-8", style) }
        // The API described (hand-written; ServeAPIDocumentTests holds it to the routes), with the SQL
        // example the SQL page offers (its SQL lives in the Query module).
        let sqlExample = (try? JSONEncoder().encode(AdHocSQL.example)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        let openAPI = Array((WebAssets.text("openapi.json") ?? "").replacingOccurrences(of: "\"{{AdHocSQL.example}}\"", with: sqlExample).utf8)
        router.get("/api/openapi.json") { _, _ in Self.response(200, type: "application/json", openAPI) }
        return router
    }

    /// The route's `:code`, percent-decoded (`/partners/Vi%E1%BB%87t` is `Việt`).
    private static func code(_ context: BasicRequestContext) -> String? {
        context.parameters.get("code").map { $0.removingPercentEncoding ?? $0 }
    }

    /// Runs `make` for `request` on NIO's thread pool, with a reading connection and the time limit.
    private func answer(_ request: Request, parameter: String?, api: Bool = false,
                        _ make: @escaping @Sendable (Visit) throws -> Response) async throws -> Response {
        let form = FormValues(query: request.uri.query), path = request.uri.path, key = request.uri.string
        let kept = !Self.uncached.contains(path)
        return try await NIOThreadPool.singleton.runIfActive {
            if kept, let answer = cache.answer(for: key) { return answer }
            let version = cache.currentVersion()
            let labels = Self.labels(form), links = Links(language: labels.language, path: path, form: form)
            do {
                let answer = try readers.withReader { db in
                    let visit = Visit(db: db, form: form, labels: labels, links: links, parameter: parameter, timeout: timeout,
                                      cache: cache, version: version)
                    return try AdHocSQL.bounded(timeout, on: db) { try make(visit) }
                }
                if kept && answer.status == .ok { cache.store(answer, for: key, madeAt: version) }
                return answer
            } catch {
                return failure(error, api: api, labels: labels, links: links)
            }
        }
    }

    /// The page in HTML, its tables read with `wording` (by default, with codes for names), the rows
    /// of those that have a `keptAs` key kept by `keep` (see `PageRenderer.render`).
    func html(_ page: Page, labels: Labels, links: Links, wording: TableWording? = nil,
              keep: (String, () -> String) -> String = { $1() }) -> Response {
        let text = renderer.render(page, labels: labels, links: links, wording: wording ?? TableWording(language: labels.language),
                                   keep: keep)
        return Self.response(page.status, type: "text/html; charset=utf-8", Array(text.utf8))
    }

    private func download(_ page: Page, format: String, visit: Visit) throws -> Response {
        let index = Int(visit.form["table"] ?? "0") ?? -1
        guard page.tables.indices.contains(index) else { throw WebError.badField("table", message: "this page has no table \(index)") }
        let file = try Download.file(page.tables[index], format: format)
        var response = Self.response(200, type: file.type, file.bytes)
        response.headers[.contentDisposition] = "attachment; filename=\"\(file.name)\""
        return response
    }

    /// An error as a page (or JSON under `/api/`): what the user can act on is said as the library
    /// words it; anything else only as "the server could not answer", its detail on standard error.
    func failure(_ error: any Error, api: Bool, labels: Labels, links: Links) -> Response {
        let status = Self.status(of: error)
        let message: String
        if let error = error as? UserFacingError {
            message = error.message(naming: Self.naming)
        } else {
            FileHandle.standardError.write(Data("tradewh-serve: \(links.path): \(error)\n".utf8))
            message = "the server could not answer this request"
        }
        if api { return Self.response(status, type: "application/json", Array(APIRoutes.error(message).utf8)) }
        var page = Page(title: labels["error.title"])
        page.intro = status == 404 ? labels["error.notfound"] : nil
        page.error = message
        page.status = status
        page.linkLists = [Page.LinkList(caption: "", links: [(labels["error.back"], links.href("/"), nil)])]
        return html(page, labels: labels, links: links)
    }

    /// 404 for what is not there, 503 for a statement stopped by the time or memory limit, 400 for
    /// other bad input, 500 for the rest.
    static func status(of error: any Error) -> Int {
        switch error {
        case WebError.notFound: 404
        case QueryError.timedOut, QueryError.outOfMemory: 503
        case is UserFacingError: 400
        default: 500
        }
    }

    /// How the library's messages name a value here: as the phrase; the moment to read as of by
    /// its field's name, as the form's other fields are; the permission to write as what only the
    /// command line gives.
    static func naming(_ value: UserValue) -> String {
        switch value {
        case .write: "--write, on the command line (tradewh sql)"
        case .asOf: "as-of"
        default: value.phrase
        }
    }

    /// The labels of the language a form asks for (`lang=en`), Vietnamese by default.
    static func labels(_ form: FormValues) -> Labels {
        Labels(language: Language(rawValue: form["lang"] ?? "") ?? .vi)
    }

    static func response(_ status: Int, type: String, _ bytes: [UInt8]) -> Response {
        Response(status: HTTPResponse.Status(code: status), headers: [.contentType: type, .init("X-Content-Type-Options")!: "nosniff"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
