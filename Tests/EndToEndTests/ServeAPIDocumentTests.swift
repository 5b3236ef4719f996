import Foundation
import Testing

/// `/api/openapi.json` against the server: it documents exactly the API's addresses, each answers
/// its documented example with rows, and each documented menu of `/api/query/{name}` is a field the
/// server reads (a value outside the menu is refused, naming the field).
@Suite struct ServeAPIDocumentTests {
    /// The API's addresses (`APIRoutes.routes`, and the document itself), in OpenAPI's spelling.
    static let routes: Set<String> = ["/api/query/{name}", "/api/releases", "/api/partners", "/api/commodities", "/api/groups",
                                      "/api/schema", "/api/sql", "/api/openapi.json"]

    @Test func theDocumentMatchesTheRoutesAndItsExamplesAnswer() throws {
        let served = try ServedWarehouse()
        let answer = try served.get("/api/openapi.json")
        #expect(answer.status == 200)
        #expect(answer.headers["content-type"] == "application/json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.0.3")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        #expect(Set(paths.keys) == Self.routes)
        for (path, item) in paths where path != "/api/openapi.json" {
            let parameters = ((item["get"] as? [String: Any])?["parameters"] as? [[String: Any]]) ?? []
            var address = path, query: [String] = []
            for parameter in parameters {
                guard let name = parameter["name"] as? String, let example = parameter["example"] as? String else { continue }
                let value = example.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? example
                if parameter["in"] as? String == "path" { address = address.replacingOccurrences(of: "{\(name)}", with: value) }
                else { query.append(name + "=" + value) }
            }
            let rows = try served.get(address + (query.isEmpty ? "" : "?" + query.joined(separator: "&")))
            #expect(rows.status == 200, "\(address): \(rows.text)")
            let array = try JSONSerialization.jsonObject(with: Data(rows.body)) as? [[String: Any]]
            #expect(array?.isEmpty == false, "\(address): \(rows.text)")
        }
    }

    @Test func everyDocumentedMenuOfAQueryIsAFieldTheServerReads() throws {
        let served = try ServedWarehouse()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(try served.get("/api/openapi.json").body)) as? [String: Any])
        let query = (document["paths"] as? [String: [String: Any]])?["/api/query/{name}"]?["get"] as? [String: Any]
        let parameters = try #require(query?["parameters"] as? [[String: Any]])
        let menus = parameters.compactMap { parameter -> String? in
            guard parameter["in"] as? String == "query", (parameter["schema"] as? [String: Any])?["enum"] != nil else { return nil }
            return parameter["name"] as? String
        }
        #expect(menus == ["flow", "sector", "by", "level", "rank"])
        for name in menus {
            let refused = try served.get("/api/query/yoy?\(name)=nonsense")
            #expect(refused.status == 400, "\(name)")
            #expect(refused.text.hasPrefix("{\"error\":\"\(name): "), "\(name): \(refused.text)")
        }
    }
}
