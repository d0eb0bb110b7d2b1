package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A tiny HTTP client for the endpoint tests (loopback only). Each request gets a client of its own: the
 * server closes a connection after refusing a write whose body it did not read, and a pooled connection
 * reused after that fails with "header parser received no bytes".
 */
final class Http {

    private Http() {}

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A SPARQL query by GET with the given Accept type. */
    static HttpResponse<String> query(String endpoint, String query, String accept) {
        return send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).GET());
    }

    static HttpResponse<String> update(String endpoint, String update, String userPassword) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        return send(withAuth(b, userPassword));
    }

    /** A graph store protocol PUT of Turtle. */
    static HttpResponse<String> put(String url, String turtle, String userPassword) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
        return send(withAuth(b, userPassword));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withAuth(HttpRequest.Builder b, String userPassword) {
        if (userPassword == null) return b;
        String token = Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
        return b.header("Authorization", "Basic " + token);
    }
}
