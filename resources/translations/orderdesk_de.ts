<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Accounts</name>
        <message>
            <source>"%1" is not a complete web address (for example https://api.example.com).</source>
            <translation>„%1“ ist keine vollständige Webadresse (zum Beispiel https://api.example.com).</translation>
        </message>
        <message>
            <source>The address must not contain a user name or password.</source>
            <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
        </message>
        <message>
            <source>The address must not contain a query or fragment.</source>
            <translation>Die Adresse darf keine Abfrage und kein Fragment enthalten.</translation>
        </message>
        <message>
            <source>Plain http is refused for %1: API keys would travel unencrypted. Use https.</source>
            <translation>Unverschlüsseltes http wird für %1 abgelehnt: API-Schlüssel würden unverschlüsselt übertragen. Verwenden Sie https.</translation>
        </message>
        <message>
            <source>The address must start with https://.</source>
            <translation>Die Adresse muss mit https:// beginnen.</translation>
        </message>
        <message>
            <source>The account has no id.</source>
            <translation>Das Konto hat keine ID.</translation>
        </message>
        <message>
            <source>Ids starting with "%1" are kept for OrderDesk's own keychain entries.</source>
            <translation>IDs, die mit „%1“ beginnen, sind für die eigenen Schlüsselbund-Einträge von OrderDesk reserviert.</translation>
        </message>
        <message>
            <source>A FlexPortal account needs a Tenant-ID (Dashboard → Settings → General).</source>
            <translation>Ein FlexPortal-Konto benötigt eine Tenant-ID (Dashboard → Settings → General).</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not valid JSON (%1 at byte %2)</source>
            <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
        </message>
        <message>
            <source>expected an object with a list "accounts"</source>
            <translation>erwartet wurde ein Objekt mit einer Liste „accounts“</translation>
        </message>
        <message>
            <source>account %1</source>
            <translation>Konto %1</translation>
        </message>
        <message>
            <source>%1 is not an object</source>
            <translation>%1 ist kein Objekt</translation>
        </message>
        <message>
            <source>%1: "%2" must be text</source>
            <translation>%1: „%2“ muss Text sein</translation>
        </message>
        <message>
            <source>%1 has no "id"</source>
            <translation>%1 hat keine „id“</translation>
        </message>
        <message>
            <source>the id "%1" is used twice</source>
            <translation>die ID „%1“ kommt doppelt vor</translation>
        </message>
        <message>
            <source>account "%1": unknown api "%2" (expected "flexportal" or "offergrid")</source>
            <translation>Konto „%1“: unbekannte API „%2“ (erwartet: „flexportal“ oder „offergrid“)</translation>
        </message>
        <message>
            <source>account "%1": give a "baseUrl" or a "region" of eu, us or qatar</source>
            <translation>Konto „%1“: Geben Sie eine „baseUrl“ oder eine „region“ (eu, us oder qatar) an</translation>
        </message>
        <message>
            <source>account "%1": %2</source>
            <translation>Konto „%1“: %2</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: kann nicht gelesen werden (%2)</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message numerus="yes">
            <source>The platform is limiting requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>Die Plattform begrenzt die Anfragen. Versuchen Sie es in %Ln Sekunde erneut.</numerusform>
                <numerusform>Die Plattform begrenzt die Anfragen. Versuchen Sie es in %Ln Sekunden erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>The platform could not be reached. Check the network connection and try again.</source>
            <translation>Die Plattform ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The platform did not answer in time. Try again in a moment.</source>
            <translation>Die Plattform hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The secure connection to the platform failed; its certificate was not trusted. Nothing was sent. Ask IT to check the account's address.</source>
            <translation>Die sichere Verbindung zur Plattform ist fehlgeschlagen; ihrem Zertifikat wird nicht vertraut. Es wurde nichts gesendet. Bitten Sie die IT, die Adresse des Kontos zu prüfen.</translation>
        </message>
        <message>
            <source>The platform refused the API key (it is missing, wrong or expired). Check the account's key in Accounts.</source>
            <translation>Die Plattform hat den API-Schlüssel abgelehnt (er fehlt, ist falsch oder abgelaufen). Prüfen Sie den Schlüssel des Kontos unter „Konten“.</translation>
        </message>
        <message>
            <source>The platform refused access: the key has no permission for this, or the tenant is wrong.</source>
            <translation>Die Plattform hat den Zugriff verweigert: Der Schlüssel hat dafür keine Berechtigung, oder der Tenant ist falsch.</translation>
        </message>
        <message>
            <source>The platform does not know this order. It may belong to another account or region.</source>
            <translation>Die Plattform kennt diese Bestellung nicht. Sie gehört möglicherweise zu einem anderen Konto oder einer anderen Region.</translation>
        </message>
        <message>
            <source>The platform refused to cancel the order in its current state.</source>
            <translation>Die Plattform hat die Stornierung der Bestellung in ihrem aktuellen Zustand abgelehnt.</translation>
        </message>
        <message>
            <source>The order was already cancelled.</source>
            <translation>Die Bestellung war bereits storniert.</translation>
        </message>
        <message>
            <source>The subscription had already ended.</source>
            <translation>Das Abonnement war bereits beendet.</translation>
        </message>
        <message>
            <source>The platform refused the request as invalid.</source>
            <translation>Die Plattform hat die Anfrage als ungültig abgelehnt.</translation>
        </message>
        <message>
            <source>The platform is limiting requests. Try again in a moment.</source>
            <translation>Die Plattform begrenzt die Anfragen. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The platform had an internal problem. Try again later.</source>
            <translation>Bei der Plattform ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The platform sent a reply OrderDesk could not understand.</source>
            <translation>Die Plattform hat eine Antwort gesendet, die OrderDesk nicht versteht.</translation>
        </message>
        <message>
            <source>The account is not set up correctly.</source>
            <translation>Das Konto ist nicht richtig eingerichtet.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>AppSettings</name>
        <message>
            <source>The request timeout must be between 5 and 600 seconds.</source>
            <translation>Das Zeitlimit für Anfragen muss zwischen 5 und 600 Sekunden liegen.</translation>
        </message>
        <message>
            <source>A PostgreSQL history needs a host, a database and a user.</source>
            <translation>Ein PostgreSQL-Verlauf benötigt einen Host, eine Datenbank und einen Benutzer.</translation>
        </message>
        <message>
            <source>The PostgreSQL port must be between 1 and 65535.</source>
            <translation>Der PostgreSQL-Port muss zwischen 1 und 65535 liegen.</translation>
        </message>
        <message>
            <source>The PostgreSQL history cannot be used: %1.</source>
            <translation>Der PostgreSQL-Verlauf kann nicht verwendet werden: %1.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not a JSON object (%1)</source>
            <translation>kein JSON-Objekt (%1)</translation>
        </message>
        <message>
            <source>"history" must hold a "postgresql" object</source>
            <translation>„history“ muss ein Objekt „postgresql“ enthalten</translation>
        </message>
        <message>
            <source>the PostgreSQL history needs a host, a database and a user</source>
            <translation>der PostgreSQL-Verlauf benötigt einen Host, eine Datenbank und einen Benutzer</translation>
        </message>
        <message>
            <source>the PostgreSQL port must be between 1 and 65535</source>
            <translation>der PostgreSQL-Port muss zwischen 1 und 65535 liegen</translation>
        </message>
        <message>
            <source>"caFile" must be the path of a CA certificate file</source>
            <translation>„caFile“ muss der Pfad einer CA-Zertifikatsdatei sein</translation>
        </message>
        <message>
            <source>a password does not belong in a provisioning file; enter it in Settings (it is kept in the keychain) or set ORDERDESK_PG_PASSWORD</source>
            <translation>ein Passwort gehört nicht in eine Bereitstellungsdatei; geben Sie es in den Einstellungen ein (es wird im Schlüsselbund abgelegt) oder setzen Sie ORDERDESK_PG_PASSWORD</translation>
        </message>
    </context>
    <context>
        <name>CancelFlow</name>
        <message>
            <source>A reason of 1 to %1 characters is required; nothing was sent.</source>
            <translation>Ein Grund mit 1 bis %1 Zeichen ist erforderlich; es wurde nichts gesendet.</translation>
        </message>
    </context>
    <context>
        <name>CancelOutcome</name>
        <message>
            <source>The platform said: “%1”</source>
            <translation>Die Plattform meldete: „%1“</translation>
        </message>
        <message>
            <source>The platform did not take the reason, so the cancel was sent again without it; the reason is kept in OrderDesk's history.</source>
            <translation>Die Plattform hat den Grund nicht angenommen, daher wurde die Stornierung ohne ihn erneut gesendet; der Grund bleibt im Verlauf von OrderDesk erhalten.</translation>
        </message>
        <message>
            <source>The order was cancelled.</source>
            <translation>Die Bestellung wurde storniert.</translation>
        </message>
        <message>
            <source>The order had already been cancelled; nothing changed.</source>
            <translation>Die Bestellung war bereits storniert; es hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>The platform refused the cancel. %1</source>
            <translation>Die Plattform hat die Stornierung abgelehnt. %1</translation>
        </message>
        <message>
            <source>The cancel request was not sent. %1</source>
            <translation>Die Stornierungsanfrage wurde nicht gesendet. %1</translation>
        </message>
        <message>
            <source>No answer came back to the cancel request (%1), but reading the order again shows it is cancelled.</source>
            <translation>Auf die Stornierungsanfrage kam keine Antwort (%1), aber die erneut gelesene Bestellung ist storniert.</translation>
        </message>
        <message>
            <source>No answer came back to the cancel request (%1); reading the order again shows it is still not cancelled.</source>
            <translation>Auf die Stornierungsanfrage kam keine Antwort (%1); die erneut gelesene Bestellung ist noch nicht storniert.</translation>
        </message>
        <message>
            <source>No answer came back to the cancel request (%1), and the order could not be read again: the outcome is unknown. Check the order before trying again.</source>
            <translation>Auf die Stornierungsanfrage kam keine Antwort (%1), und die Bestellung konnte nicht erneut gelesen werden: Das Ergebnis ist unbekannt. Prüfen Sie die Bestellung, bevor Sie es erneut versuchen.</translation>
        </message>
    </context>
    <context>
        <name>CancellationHistory</name>
        <message>
            <source>No attempt %1 to complete.</source>
            <translation>Kein Versuch %1 zum Abschließen vorhanden.</translation>
        </message>
        <message>
            <source>its latest entries are still in %1-wal, and reading them needs write access to the folder; open the history once in OrderDesk, or read it as a user who may write there (%2)</source>
            <translation>die neuesten Einträge liegen noch in %1-wal, und zum Lesen ist Schreibzugriff auf den Ordner nötig; öffnen Sie den Verlauf einmal in OrderDesk oder lesen Sie ihn als Benutzer mit Schreibrecht dort (%2)</translation>
        </message>
        <message>
            <source>The cancellation history at %1 cannot be used: %2</source>
            <translation>Der Stornierungsverlauf unter %1 kann nicht verwendet werden: %2</translation>
        </message>
        <message>
            <source>the Qt SQL driver %1 is not installed</source>
            <translation>der Qt-SQL-Treiber %1 ist nicht installiert</translation>
        </message>
        <message>
            <source>no file was given</source>
            <translation>es wurde keine Datei angegeben</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>diese Datei gibt es nicht</translation>
        </message>
        <message>
            <source>%1 in the cancellation history at %2: %3</source>
            <translation>%1 im Stornierungsverlauf unter %2: %3</translation>
        </message>
        <message>
            <source>The cancellation history at %1 was opened for reading only; nothing was written.</source>
            <translation>Der Stornierungsverlauf unter %1 wurde nur zum Lesen geöffnet; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>The attempt could not be written</source>
            <translation>Der Versuch konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>The outcome could not be written</source>
            <translation>Das Ergebnis konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>No attempt %1 to complete in %2.</source>
            <translation>Kein Versuch %1 zum Abschließen in %2.</translation>
        </message>
        <message>
            <source>The attempts could not be read</source>
            <translation>Die Versuche konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>The attempt could not be copied</source>
            <translation>Der Versuch konnte nicht kopiert werden</translation>
        </message>
        <message>
            <source>The attempts to copy could not be read</source>
            <translation>Die zu kopierenden Versuche konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>The copy could not be noted</source>
            <translation>Die Kopie konnte nicht vermerkt werden</translation>
        </message>
    </context>
    <context>
        <name>CancellationPolicy</name>
        <message>
            <source>item %1</source>
            <translation>Position %1</translation>
        </message>
        <message>
            <source>item %1 (%2)</source>
            <translation>Position %1 (%2)</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Der Anbieter</translation>
        </message>
        <message>
            <source>Provider %1</source>
            <translation>Anbieter %1</translation>
        </message>
        <message>
            <source>Already cancelled.</source>
            <translation>Bereits storniert.</translation>
        </message>
        <message>
            <source>%1 of %2 devices are already rented; cancel their subscriptions instead.</source>
            <translation>%1 von %2 Geräten sind bereits vermietet; kündigen Sie stattdessen deren Abonnements.</translation>
        </message>
        <message>
            <source>The order is partly fulfilled; cancel its subscriptions instead.</source>
            <translation>Die Bestellung ist teilweise ausgeführt; kündigen Sie stattdessen ihre Abonnements.</translation>
        </message>
        <message>
            <source>The order is fulfilled; cancel its subscriptions instead.</source>
            <translation>Die Bestellung ist ausgeführt; kündigen Sie stattdessen ihre Abonnements.</translation>
        </message>
        <message>
            <source>The order says "%1" but %2 of %3 devices are already rented. The data is inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal.</source>
            <translation>Die Bestellung meldet „%1“, aber %2 von %3 Geräten sind bereits vermietet. Die Daten sind widersprüchlich, daher storniert OrderDesk sie nicht; prüfen Sie die Bestellung in FlexPortal.</translation>
        </message>
        <message>
            <source>The order says "%1" but line %2 already has subscriptions. The data is inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal.</source>
            <translation>Die Bestellung meldet „%1“, aber Position %2 hat bereits Abonnements. Die Daten sind widersprüchlich, daher storniert OrderDesk sie nicht; prüfen Sie die Bestellung in FlexPortal.</translation>
        </message>
        <message>
            <source>The order says "%1" but already has subscriptions (%2). The data is inconsistent, so OrderDesk will not cancel it; check the order in FlexPortal.</source>
            <translation>Die Bestellung meldet „%1“, hat aber bereits Abonnements (%2). Die Daten sind widersprüchlich, daher storniert OrderDesk sie nicht; prüfen Sie die Bestellung in FlexPortal.</translation>
        </message>
        <message>
            <source>The order has no status, so OrderDesk cannot tell whether it may be cancelled.</source>
            <translation>Die Bestellung hat keinen Status, daher kann OrderDesk nicht beurteilen, ob sie storniert werden darf.</translation>
        </message>
        <message>
            <source>The order has the status "%1", which OrderDesk does not know; it will not cancel it.</source>
            <translation>Die Bestellung hat den Status „%1“, den OrderDesk nicht kennt; sie wird nicht storniert.</translation>
        </message>
        <message>
            <source>%1 has accepted %2</source>
            <translation>%1 hat %2 angenommen</translation>
        </message>
        <message>
            <source>%1 has scheduled %2</source>
            <translation>%1 hat %2 eingeplant</translation>
        </message>
        <message>
            <source>%1 is installing %2</source>
            <translation>%1 installiert %2</translation>
        </message>
        <message>
            <source>%1 is already live with %2; the customer cancels it with the provider</source>
            <translation>%1 ist mit %2 bereits in Betrieb; der Kunde kündigt direkt beim Anbieter</translation>
        </message>
        <message>
            <source>%1 has no status, so OrderDesk cannot tell whether a provider accepted it</source>
            <translation>%1 hat keinen Status, daher kann OrderDesk nicht beurteilen, ob ein Anbieter sie angenommen hat</translation>
        </message>
        <message>
            <source>%1 has the status "%2", which OrderDesk does not know, so it cannot tell whether a provider accepted it</source>
            <translation>%1 hat den Status „%2“, den OrderDesk nicht kennt, daher kann es nicht beurteilen, ob ein Anbieter sie angenommen hat</translation>
        </message>
        <message>
            <source>OfferGrid cancels an order only while no provider has accepted it: %1.</source>
            <translation>OfferGrid storniert eine Bestellung nur, solange kein Anbieter sie angenommen hat: %1.</translation>
        </message>
        <message>
            <source>The order is "%1"; OfferGrid cancels only pending or submitted orders.</source>
            <translation>Die Bestellung ist „%1“; OfferGrid storniert nur ausstehende oder übermittelte Bestellungen.</translation>
        </message>
        <message>
            <source>The order is "%1" although none of its items is; the data is inconsistent, so OrderDesk will not cancel it.</source>
            <translation>Die Bestellung ist „%1“, obwohl keine ihrer Positionen es ist; die Daten sind widersprüchlich, daher storniert OrderDesk sie nicht.</translation>
        </message>
        <message>
            <source>The order has no status and no items, so OrderDesk cannot tell whether it may be cancelled.</source>
            <translation>Die Bestellung hat weder Status noch Positionen, daher kann OrderDesk nicht beurteilen, ob sie storniert werden darf.</translation>
        </message>
        <message>
            <source>Every item of the order has ended (rejected, failed or cancelled); there is nothing left to cancel.</source>
            <translation>Alle Positionen der Bestellung sind beendet (abgelehnt, fehlgeschlagen oder storniert); es gibt nichts mehr zu stornieren.</translation>
        </message>
        <message>
            <source>Customer changed their mind</source>
            <translation>Kunde hat es sich anders überlegt</translation>
        </message>
        <message>
            <source>Order created in error</source>
            <translation>Bestellung irrtümlich angelegt</translation>
        </message>
        <message>
            <source>Items no longer available</source>
            <translation>Artikel nicht mehr verfügbar</translation>
        </message>
        <message>
            <source>Duplicate order</source>
            <translation>Doppelte Bestellung</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>Decoding</name>
        <message>
            <source>the reply was empty</source>
            <translation>die Antwort war leer</translation>
        </message>
        <message>
            <source>the reply is not JSON but a web page (%1)</source>
            <translation>die Antwort ist kein JSON, sondern eine Webseite (%1)</translation>
        </message>
        <message>
            <source>the reply is not valid JSON (%1 at byte %2)</source>
            <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
        </message>
    </context>
    <context>
        <name>FlexPortalBackend</name>
        <message>
            <source>Page %1: %2</source>
            <translation>Seite %1: %2</translation>
        </message>
        <message>
            <source>The platform repeated the page cursor "%1"; loading stopped to avoid an endless loop.</source>
            <translation>Die Plattform hat den Seitenzeiger „%1“ wiederholt; das Laden wurde angehalten, um eine Endlosschleife zu vermeiden.</translation>
        </message>
    </context>
    <context>
        <name>FlexPortalDecoder</name>
        <message>
            <source>holds a negative count</source>
            <translation>enthält eine negative Anzahl</translation>
        </message>
        <message>
            <source>the order list is not an object with "orders" (found a list)</source>
            <translation>die Bestellliste ist kein Objekt mit „orders“ (gefunden: eine Liste)</translation>
        </message>
        <message>
            <source>the order list has no "orders"</source>
            <translation>die Bestellliste enthält kein „orders“</translation>
        </message>
        <message>
            <source>the order is not a JSON object</source>
            <translation>die Bestellung ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>HTTP status %1</source>
            <translation>HTTP-Status %1</translation>
        </message>
        <message>
            <source>HTTP status %1: %2</source>
            <translation>HTTP-Status %1: %2</translation>
        </message>
        <message>
            <source>HTTP status %1 (%2)</source>
            <translation>HTTP-Status %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>HistoryReader</name>
        <message>
            <source>The team's history could not be read, so only this desk's attempts are shown. %1</source>
            <translation>Der Verlauf des Teams konnte nicht gelesen werden; es werden nur die Versuche dieses Arbeitsplatzes angezeigt. %1</translation>
        </message>
        <message>
            <source>%1, copied to the team's database %2</source>
            <translation>%1, kopiert in die Team-Datenbank %2</translation>
        </message>
    </context>
    <context>
        <name>HistorySchema</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The history database cannot be locked for its schema check</source>
            <translation>Die Verlaufsdatenbank kann für die Schemaprüfung nicht gesperrt werden</translation>
        </message>
        <message>
            <source>The history database cannot be locked</source>
            <translation>Die Verlaufsdatenbank kann nicht gesperrt werden</translation>
        </message>
        <message>
            <source>The history database cannot be used</source>
            <translation>Die Verlaufsdatenbank kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>The history database cannot be read</source>
            <translation>Die Verlaufsdatenbank kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Updating the history database to schema %1 failed</source>
            <translation>Die Aktualisierung der Verlaufsdatenbank auf Schema %1 ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>The history database's version cannot be written</source>
            <translation>Die Version der Verlaufsdatenbank kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>The history database's schema update could not be saved</source>
            <translation>Die Schemaaktualisierung der Verlaufsdatenbank konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>The history database's version cannot be read</source>
            <translation>Die Version der Verlaufsdatenbank kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>The history database was written by a newer OrderDesk (schema %1; this one reads up to %2). Update OrderDesk.</source>
            <translation>Die Verlaufsdatenbank wurde von einer neueren OrderDesk-Version geschrieben (Schema %1; diese liest bis %2). Aktualisieren Sie OrderDesk.</translation>
        </message>
    </context>
    <context>
        <name>JsonFields</name>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>expected text, found %1</source>
            <translation>Text erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>expected a number, found the text "%1"</source>
            <translation>Zahl erwartet, Text „%1“ gefunden</translation>
        </message>
        <message>
            <source>expected a number, found %1</source>
            <translation>Zahl erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected a whole number, found %1</source>
            <translation>Ganzzahl erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected true or false, found %1</source>
            <translation>true oder false erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>"%1" is not an ISO 8601 timestamp</source>
            <translation>„%1“ ist kein ISO-8601-Zeitstempel</translation>
        </message>
        <message>
            <source>expected a list, found %1</source>
            <translation>Liste erwartet, %1 gefunden</translation>
        </message>
        <message>
            <source>expected an object, found %1</source>
            <translation>Objekt erwartet, %1 gefunden</translation>
        </message>
    </context>
    <context>
        <name>OfferGridDecoder</name>
        <message>
            <source>is missing, and the order has no items to tell its state</source>
            <translation>fehlt, und die Bestellung hat keine Positionen, aus denen sich ihr Zustand ergibt</translation>
        </message>
        <message>
            <source>the order list is neither a list nor an object holding "orders", "data" or "items"</source>
            <translation>die Bestellliste ist weder eine Liste noch ein Objekt mit „orders“, „data“ oder „items“</translation>
        </message>
        <message>
            <source>the order is not a JSON object</source>
            <translation>die Bestellung ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>HTTP status %1</source>
            <translation>HTTP-Status %1</translation>
        </message>
        <message>
            <source>HTTP status %1: %2</source>
            <translation>HTTP-Status %1: %2</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk</name>
        <message>
            <source>FlexPortal</source>
            <translation>FlexPortal</translation>
        </message>
        <message>
            <source>OfferGrid</source>
            <translation>OfferGrid</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>In fulfilment</source>
            <translation>In Ausführung</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::AboutDialog</name>
        <message>
            <source>About OrderDesk</source>
            <translation>Über OrderDesk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;OrderDesk %1&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;OrderDesk %1&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>The back-office desk for FlexPortal and OfferGrid orders.</source>
            <translation>Der Backoffice-Arbeitsplatz für Bestellungen aus FlexPortal und OfferGrid.</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <source>%1 (built with %2)</source>
            <translation>%1 (erstellt mit %2)</translation>
        </message>
        <message>
            <source>Built:</source>
            <translation>Erstellt:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Lizenz:</translation>
        </message>
        <message>
            <source>MIT</source>
            <translation>MIT</translation>
        </message>
        <message>
            <source>Cancellation history:</source>
            <translation>Stornierungsverlauf:</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::Accessible</name>
        <message>
            <source>Clear the field</source>
            <translation>Feld leeren</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Weitere Aktionen</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::AccountsDialog</name>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach o&amp;ben</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Managed by your IT department: read-only here.</source>
            <translation>Von Ihrer IT-Abteilung verwaltet: hier schreibgeschützt.</translation>
        </message>
        <message>
            <source>&amp;Tenant-ID:</source>
            <translation>&amp;Tenant-ID:</translation>
        </message>
        <message>
            <source>&amp;Enabled</source>
            <translation>A&amp;ktiv</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>&amp;Verbindung testen</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>Unchanged (kept in the keychain)</source>
            <translation>Unverändert (im Schlüsselbund)</translation>
        </message>
        <message>
            <source>Europe</source>
            <translation>Europa</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>Vereinigte Staaten</translation>
        </message>
        <message>
            <source>Qatar</source>
            <translation>Katar</translation>
        </message>
        <message>
            <source>Custom address</source>
            <translation>Eigene Adresse</translation>
        </message>
        <message>
            <source>Add &amp;FlexPortal</source>
            <translation>&amp;FlexPortal hinzufügen</translation>
        </message>
        <message>
            <source>Add &amp;OfferGrid</source>
            <translation>&amp;OfferGrid hinzufügen</translation>
        </message>
        <message>
            <source>Add &amp;sandbox</source>
            <translation>&amp;Sandbox hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Platform:</source>
            <translation>Plattform:</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Re&amp;gion:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-Sc&amp;hlüssel:</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 (%2 sandbox)</source>
            <translation>%1 (%2-Sandbox)</translation>
        </message>
        <message>
            <source> · managed</source>
            <translation> · verwaltet</translation>
        </message>
        <message>
            <source> · disabled</source>
            <translation> · inaktiv</translation>
        </message>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>FlexPortal</source>
            <translation>FlexPortal</translation>
        </message>
        <message>
            <source>OfferGrid</source>
            <translation>OfferGrid</translation>
        </message>
        <message>
            <source>%1 (built-in sandbox)</source>
            <translation>%1 (eingebaute Sandbox)</translation>
        </message>
        <message>
            <source>started by OrderDesk on this computer</source>
            <translation>von OrderDesk auf diesem Computer gestartet</translation>
        </message>
        <message>
            <source>FlexPortal needs the Tenant-ID (Dashboard → Settings → General).</source>
            <translation>FlexPortal benötigt die Tenant-ID (Dashboard → Settings → General).</translation>
        </message>
        <message>
            <source>Fix this account first: %1</source>
            <translation>Korrigieren Sie zuerst dieses Konto: %1</translation>
        </message>
        <message>
            <source>Testing the connection to %1…</source>
            <translation>Verbindung zu %1 wird getestet…</translation>
        </message>
        <message>
            <source>Built into the sandbox</source>
            <translation>In die Sandbox eingebaut</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::AccountsService</name>
        <message>
            <source>Sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>The built-in sandbox is not running.</source>
            <translation>Die eingebaute Sandbox läuft nicht.</translation>
        </message>
        <message>
            <source>No API key was given.</source>
            <translation>Es wurde kein API-Schlüssel angegeben.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::ApiJob</name>
        <message>
            <source>Stopped by the user.</source>
            <translation>Vom Benutzer abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::AttemptDetail</name>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>One subscription of the order</source>
            <translation>Ein Abonnement der Bestellung</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Bearbeiter</translation>
        </message>
        <message>
            <source>OrderDesk %1</source>
            <translation>OrderDesk %1</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>%1 (sent as %2)</source>
            <translation>%1 (gesendet als %2)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Re-read status</source>
            <translation>Erneut gelesener Status</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP-Status</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>Fehlercode</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Platform's message</source>
            <translation>Meldung der Plattform</translation>
        </message>
        <message>
            <source>Asset flagged for collection</source>
            <translation>Gerät zur Abholung vorgemerkt</translation>
        </message>
        <message>
            <source>Bulk run</source>
            <translation>Sammelvorgang</translation>
        </message>
        <message>
            <source>Reason not taken by the platform</source>
            <translation>Grund von der Plattform nicht angenommen</translation>
        </message>
        <message>
            <source>The platform did not take the reason; the cancel was sent without it</source>
            <translation>Die Plattform hat den Grund nicht angenommen; die Stornierung wurde ohne ihn gesendet</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::BackendRegistry</name>
        <message>
            <source>The accounts or their settings were changed while this was running.</source>
            <translation>Die Konten oder ihre Einstellungen wurden währenddessen geändert.</translation>
        </message>
        <message>
            <source>OrderDesk closed while this was running.</source>
            <translation>OrderDesk wurde währenddessen beendet.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::BulkCancelDialog</name>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Verdict (read just now)</source>
            <translation>Beurteilung (soeben gelesen)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n order(s)</source>
            <translation>
                <numerusform>%Ln Bestellung stornieren</numerusform>
                <numerusform>%Ln Bestellungen stornieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Each order is read again now and judged by the cancellation policy. Orders of one account are cancelled one after the other, and each attempt is written to the history first.</source>
            <translation>Jede Bestellung wird jetzt erneut gelesen und nach den Stornierungsregeln beurteilt. Bestellungen eines Kontos werden nacheinander storniert, und jeder Versuch wird zuerst in den Verlauf geschrieben.</translation>
        </message>
        <message>
            <source>Orders to cancel</source>
            <translation>Zu stornierende Bestellungen</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Anhalten</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>Als CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Keep orders</source>
            <translation>Bestellungen &amp;behalten</translation>
        </message>
        <message>
            <source>Stopping: the requests already out finish, no more are sent…</source>
            <translation>Wird angehalten: Bereits gesendete Anfragen laufen zu Ende, weitere werden nicht gesendet…</translation>
        </message>
        <message>
            <source>Cancel orders…</source>
            <translation>Bestellungen stornieren…</translation>
        </message>
        <message>
            <source>Reading the orders…</source>
            <translation>Bestellungen werden gelesen…</translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n order(s)…</source>
            <translation>
                <numerusform>%Ln Bestellung stornieren…</numerusform>
                <numerusform>%Ln Bestellungen stornieren…</numerusform>
            </translation>
        </message>
        <message>
            <source>None of the selected orders may be cancelled now.</source>
            <translation>Keine der ausgewählten Bestellungen kann jetzt storniert werden.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n cancel request(s)</source>
            <translation>
                <numerusform>%Ln Stornierungsanfrage senden</numerusform>
                <numerusform>%Ln Stornierungsanfragen senden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This sends %n cancel request(s) with the reason "%1". Not sent, as they may not be cancelled: %2.</source>
            <translation>
                <numerusform>Damit wird %Ln Stornierungsanfrage mit dem Grund „%1“ gesendet. Nicht gesendet, da nicht stornierbar: %2.</numerusform>
                <numerusform>Damit werden %Ln Stornierungsanfragen mit dem Grund „%1“ gesendet. Nicht gesendet, da nicht stornierbar: %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird storniert…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Stopped. The orders not sent were left as they are.</source>
            <translation>Angehalten. Die nicht gesendeten Bestellungen bleiben unverändert.</translation>
        </message>
        <message>
            <source>Done. Every attempt is in the cancellation history (batch %1).</source>
            <translation>Fertig. Jeder Versuch steht im Stornierungsverlauf (Sammelvorgang %1).</translation>
        </message>
        <message>
            <source>%1 of %2 read · will cancel: %3 · cannot: %4</source>
            <translation>%1 von %2 gelesen · wird storniert: %3 · nicht möglich: %4</translation>
        </message>
        <message>
            <source>%1 of %2 done · cancelled: %3 · already cancelled: %4 · refused by the policy: %5 · refused by the platform: %6 · failed: %7 · unknown: %8 · not sent: %9</source>
            <translation>%1 von %2 erledigt · storniert: %3 · bereits storniert: %4 · von den Regeln abgelehnt: %5 · von der Plattform abgelehnt: %6 · fehlgeschlagen: %7 · unbekannt: %8 · nicht gesendet: %9</translation>
        </message>
        <message>
            <source> · waits for the rate limit: %1</source>
            <translation> · wartet auf das Anfragelimit: %1</translation>
        </message>
        <message>
            <source>Export the results</source>
            <translation>Ergebnisse exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The export to %1 failed: %2</source>
            <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>The results were exported to %1.</source>
            <translation>Die Ergebnisse wurden nach %1 exportiert.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::BulkCancelLauncher</name>
        <message>
            <source>Select &amp;all shown</source>
            <translation>&amp;Alle angezeigten auswählen</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Cancel %n orders…</source>
            <translation>
                <numerusform>%Ln Bestellung &amp;stornieren…</numerusform>
                <numerusform>%Ln Bestellungen &amp;stornieren…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::BulkCancelService</name>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <source>Will cancel</source>
            <translation>Wird storniert</translation>
        </message>
        <message>
            <source>Cannot: already cancelled</source>
            <translation>Nicht möglich: bereits storniert</translation>
        </message>
        <message>
            <source>Cannot: the policy refuses</source>
            <translation>Nicht möglich: die Regeln lassen es nicht zu</translation>
        </message>
        <message>
            <source>Cannot: could not be read</source>
            <translation>Nicht möglich: konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Already cancelled</source>
            <translation>Bereits storniert</translation>
        </message>
        <message>
            <source>Refused by the policy</source>
            <translation>Von den Regeln abgelehnt</translation>
        </message>
        <message>
            <source>Refused by the platform</source>
            <translation>Von der Plattform abgelehnt</translation>
        </message>
        <message>
            <source>Failed, not sent</source>
            <translation>Fehlgeschlagen, nicht gesendet</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Not sent (stopped)</source>
            <translation>Nicht gesendet (angehalten)</translation>
        </message>
        <message>
            <source>The account %1 is not configured.</source>
            <translation>Das Konto %1 ist nicht eingerichtet.</translation>
        </message>
        <message>
            <source>The order is already cancelled.</source>
            <translation>Die Bestellung ist bereits storniert.</translation>
        </message>
        <message>
            <source>This bulk cancel is already running.</source>
            <translation>Dieser Sammelvorgang läuft bereits.</translation>
        </message>
        <message>
            <source>The orders are still being read.</source>
            <translation>Die Bestellungen werden noch gelesen.</translation>
        </message>
        <message>
            <source>Give a reason of 1 to %1 characters.</source>
            <translation>Geben Sie einen Grund mit 1 bis %1 Zeichen an.</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>Nicht gesendet: %1</translation>
        </message>
        <message>
            <source>Stopped before it was sent.</source>
            <translation>Angehalten, bevor sie gesendet wurde.</translation>
        </message>
        <message>
            <source>Stopped while waiting for the platform's rate limit; the cancel was not applied.</source>
            <translation>Angehalten während des Wartens auf das Anfragelimit der Plattform; die Stornierung wurde nicht ausgeführt.</translation>
        </message>
        <message>
            <source>The order's account is no longer configured.</source>
            <translation>Das Konto der Bestellung ist nicht mehr eingerichtet.</translation>
        </message>
        <message>
            <source>The attempt could not be written to the cancellation history, so nothing was sent. %1</source>
            <translation>Der Versuch konnte nicht in den Stornierungsverlauf geschrieben werden, daher wurde nichts gesendet. %1</translation>
        </message>
        <message>
            <source>The bulk cancel was stopped before this cancel was sent.</source>
            <translation>Der Sammelvorgang wurde angehalten, bevor diese Stornierung gesendet wurde.</translation>
        </message>
        <message>
            <source>The accounts or their settings were changed before the cancel was sent.</source>
            <translation>Die Konten oder ihre Einstellungen wurden geändert, bevor die Stornierung gesendet wurde.</translation>
        </message>
        <message>
            <source>The platform asked to wait %1 s before sending again; not sent again.</source>
            <translation>Die Plattform bat, %1 s bis zum erneuten Senden zu warten; nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>Stopped after the platform's rate limit refused it; the cancel was not applied.</source>
            <translation>Angehalten, nachdem das Anfragelimit der Plattform sie abgewiesen hat; die Stornierung wurde nicht ausgeführt.</translation>
        </message>
        <message>
            <source>Another cancel of this order was running, so this one was not sent.</source>
            <translation>Für diese Bestellung lief bereits eine andere Stornierung, daher wurde diese nicht gesendet.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::CancelDialog</name>
        <message>
            <source>Cancel order %1</source>
            <translation>Bestellung %1 stornieren</translation>
        </message>
        <message>
            <source>Checking the order's current state with %1…</source>
            <translation>Aktueller Stand der Bestellung wird bei %1 geprüft…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Grund auswählen…</translation>
        </message>
        <message>
            <source>Reason in your own words</source>
            <translation>Grund in eigenen Worten</translation>
        </message>
        <message>
            <source>Details for the platform and the history (required for "Other")</source>
            <translation>Details für die Plattform und den Verlauf (bei „Sonstiges“ erforderlich)</translation>
        </message>
        <message>
            <source>Cancel the &amp;order</source>
            <translation>Bestellung &amp;stornieren</translation>
        </message>
        <message>
            <source>Required. Sent to the platform with the details below, and kept in the history.</source>
            <translation>Pflichtangabe. Wird mit den Details unten an die Plattform gesendet und im Verlauf festgehalten.</translation>
        </message>
        <message>
            <source>Sends one cancel request to %1. A cancelled order cannot be restored.</source>
            <translation>Sendet eine Stornierungsanfrage an %1. Eine stornierte Bestellung lässt sich nicht wiederherstellen.</translation>
        </message>
        <message>
            <source>&amp;Keep order</source>
            <translation>Bestellung &amp;behalten</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Details:</translation>
        </message>
        <message>
            <source>Order %1 of %2
Customer: %3
Status: %4
%5</source>
            <translation>Bestellung %1 bei %2
Kunde: %3
Status: %4
%5</translation>
        </message>
        <message>
            <source>Read just now: the order may be cancelled.</source>
            <translation>Soeben gelesen: Die Bestellung kann storniert werden.</translation>
        </message>
        <message>
            <source>Read just now, the order may not be cancelled any more: %1</source>
            <translation>Soeben gelesen: Die Bestellung kann nicht mehr storniert werden: %1</translation>
        </message>
        <message>
            <source>The order could not be read just now (%1). It is read again right before the cancel goes out, and nothing is sent if it may no longer be cancelled.</source>
            <translation>Die Bestellung konnte gerade nicht gelesen werden (%1). Sie wird unmittelbar vor dem Stornieren erneut gelesen; ist eine Stornierung dann nicht mehr möglich, wird nichts gesendet.</translation>
        </message>
        <message>
            <source>%1 / %2 characters (emoji count as two)</source>
            <translation>%1 / %2 Zeichen (Emojis zählen doppelt)</translation>
        </message>
        <message>
            <source>Wait for the check to finish.</source>
            <translation>Warten Sie, bis die Prüfung abgeschlossen ist.</translation>
        </message>
        <message>
            <source>Choose a reason to continue.</source>
            <translation>Wählen Sie einen Grund, um fortzufahren.</translation>
        </message>
        <message>
            <source>Describe the reason to continue.</source>
            <translation>Beschreiben Sie den Grund, um fortzufahren.</translation>
        </message>
        <message>
            <source>The reason is %1 characters too long.</source>
            <translation>Der Grund ist %1 Zeichen zu lang.</translation>
        </message>
        <message>
            <source>Reading the order once more before cancelling…</source>
            <translation>Die Bestellung wird vor dem Stornieren noch einmal gelesen…</translation>
        </message>
        <message>
            <source>Cancelling… waiting for %1.</source>
            <translation>Wird storniert… warte auf %1.</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>Jetzt: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::CancelFlow</name>
        <message>
            <source>Nothing was sent: read again just now, the order may no longer be cancelled. %1</source>
            <translation>Es wurde nichts gesendet: Die soeben erneut gelesene Bestellung kann nicht mehr storniert werden. %1</translation>
        </message>
        <message>
            <source>The platform answered with success, but its reply does not confirm the cancel of this order.</source>
            <translation>Die Plattform hat Erfolg gemeldet, aber ihre Antwort bestätigt die Stornierung dieser Bestellung nicht.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::CancelService</name>
        <message>
            <source>The order's account is no longer configured.</source>
            <translation>Das Konto der Bestellung ist nicht mehr eingerichtet.</translation>
        </message>
        <message>
            <source>A cancel of this order is already running.</source>
            <translation>Diese Bestellung wird bereits storniert.</translation>
        </message>
        <message>
            <source>Give a reason of 1 to %1 characters.</source>
            <translation>Geben Sie einen Grund mit 1 bis %1 Zeichen an.</translation>
        </message>
        <message>
            <source>The attempt could not be written to the cancellation history, so nothing was sent. %1</source>
            <translation>Der Versuch konnte nicht in den Stornierungsverlauf geschrieben werden, daher wurde nichts gesendet. %1</translation>
        </message>
        <message>
            <source>The accounts or their settings were changed before the cancel was sent.</source>
            <translation>Die Konten oder ihre Einstellungen wurden geändert, bevor die Stornierung gesendet wurde.</translation>
        </message>
        <message>
            <source>This order is in a bulk cancel that is running.</source>
            <translation>Diese Bestellung gehört zu einem laufenden Sammelvorgang.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::CompositionRoot</name>
        <message>
            <source>Cancelling is off: %1</source>
            <translation>Stornieren ist deaktiviert: %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::ConnectionTester</name>
        <message>
            <source>Enter the API key first.</source>
            <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
        </message>
        <message>
            <source>Connected: the address, key and tenant were accepted.</source>
            <translation>Verbunden: Adresse, Schlüssel und Tenant wurden akzeptiert.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::DeskDialogs</name>
        <message>
            <source>The PostgreSQL password could not be kept in the keychain: %1
Set ORDERDESK_PG_PASSWORD instead, or try again.</source>
            <translation>Das PostgreSQL-Passwort konnte nicht im Schlüsselbund abgelegt werden: %1
Setzen Sie stattdessen ORDERDESK_PG_PASSWORD oder versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>no keychain is available.</source>
            <translation>Es ist kein Schlüsselbund verfügbar.</translation>
        </message>
        <message>
            <source>The PostgreSQL password is in the keychain; OrderDesk uses it from its next start.</source>
            <translation>Das PostgreSQL-Passwort liegt im Schlüsselbund; OrderDesk verwendet es ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>API key for %1</source>
            <translation>API-Schlüssel für %1</translation>
        </message>
        <message>
            <source>No keychain is available on this computer (%1).
Enter the API key for %2; OrderDesk keeps it in memory only, until it closes.</source>
            <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1).
Geben Sie den API-Schlüssel für %2 ein; OrderDesk behält ihn nur im Arbeitsspeicher, bis es beendet wird.</translation>
        </message>
        <message>
            <source>Order %1 of account %2 is not in the list.</source>
            <translation>Bestellung %1 des Kontos %2 ist nicht in der Liste.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::FindById</name>
        <message numerus="yes">
            <source>Looking for order %1 in %n account(s)…</source>
            <translation>
                <numerusform>Bestellung %1 wird in %Ln Konto gesucht…</numerusform>
                <numerusform>Bestellung %1 wird in %Ln Konten gesucht…</numerusform>
            </translation>
        </message>
        <message>
            <source>Go to order</source>
            <translation>Gehe zu Bestellung</translation>
        </message>
        <message>
            <source>Order id, exactly as the platform shows it. Every enabled account is asked for it, also when it is not loaded yet:</source>
            <translation>Bestell-ID, genau wie die Plattform sie anzeigt. Alle aktiven Konten werden danach gefragt, auch wenn die Bestellung noch nicht geladen ist:</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Los</translation>
        </message>
        <message>
            <source>Order %1 is shown and selected.</source>
            <translation>Bestellung %1 wird angezeigt und ist ausgewählt.</translation>
        </message>
        <message>
            <source>Look &amp;up again</source>
            <translation>Erneut s&amp;uchen</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::HeaderMenu</name>
        <message>
            <source>&amp;Reset column widths</source>
            <translation>Spaltenbreiten &amp;zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::HistoryCharts</name>
        <message>
            <source>Attempts per day, by outcome</source>
            <translation>Versuche pro Tag, nach Ergebnis</translation>
        </message>
        <message>
            <source>Most frequent reasons</source>
            <translation>Häufigste Gründe</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>No attempts are shown.</source>
            <translation>Es werden keine Versuche angezeigt.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>an outcome and its number of attempts</comment>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) on %1.</source>
            <translation>
                <numerusform>%Ln Versuch am %1.</numerusform>
                <numerusform>%Ln Versuche am %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) from %1 to %2.</source>
            <translation>
                <numerusform>%Ln Versuch vom %1 bis %2.</numerusform>
                <numerusform>%Ln Versuche vom %1 bis %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>By outcome: %1.</source>
            <translation>Nach Ergebnis: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Busiest day: %1, with %n attempt(s).</source>
            <translation>
                <numerusform>Stärkster Tag: %1 mit %Ln Versuch.</numerusform>
                <numerusform>Stärkster Tag: %1 mit %Ln Versuchen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Most frequent reason: %1, with %n attempt(s).</source>
            <translation>
                <numerusform>Häufigster Grund: %1 mit %Ln Versuch.</numerusform>
                <numerusform>Häufigster Grund: %1 mit %Ln Versuchen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a reason and its number of attempts</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Then: %1.</source>
            <translation>Danach: %1.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::HistoryModel</name>
        <message>
            <source>Subscription %1 of order %2</source>
            <translation>Abonnement %1 der Bestellung %2</translation>
        </message>
        <message>
            <source>%1 (re-read: %2)</source>
            <translation>%1 (erneut gelesen: %2)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Bearbeiter</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Storniert</translation>
        </message>
        <message>
            <source>Already cancelled</source>
            <translation>Bereits storniert</translation>
        </message>
        <message>
            <source>Already ended</source>
            <translation>Bereits beendet</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Failed (not sent)</source>
            <translation>Fehlgeschlagen (nicht gesendet)</translation>
        </message>
        <message>
            <source>Outcome unknown</source>
            <translation>Ergebnis unbekannt</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::HistoryWindow</name>
        <message>
            <source>From date</source>
            <translation>Von Datum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Bearbeiter</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Orders or subscriptions</source>
            <translation>Bestellungen oder Abonnements</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>&amp;Open order</source>
            <translation>Bestellung ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Copy row</source>
            <translation>Zeile &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>Als CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>Cancellation history — OrderDesk</source>
            <translation>Stornierungsverlauf — OrderDesk</translation>
        </message>
        <message>
            <source>Cancel attempts</source>
            <translation>Stornierungsversuche</translation>
        </message>
        <message>
            <source>The selected attempt</source>
            <translation>Der ausgewählte Versuch</translation>
        </message>
        <message>
            <source>&amp;Attempts</source>
            <translation>Vers&amp;uche</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>&amp;Diagramme</translation>
        </message>
        <message>
            <source>Text in the reason or order id</source>
            <translation>Text im Grund oder in der Bestell-ID</translation>
        </message>
        <message>
            <source>Reason or order id</source>
            <translation>Grund oder Bestell-ID</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>Any agent</source>
            <translation>Alle Bearbeiter</translation>
        </message>
        <message>
            <source>Any account</source>
            <translation>Alle Konten</translation>
        </message>
        <message>
            <source>Any platform</source>
            <translation>Alle Plattformen</translation>
        </message>
        <message>
            <source>Orders and subscriptions</source>
            <translation>Bestellungen und Abonnements</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Bestellungen</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Abonnements</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Alle Ergebnisse</translation>
        </message>
        <message>
            <source>Reading the history…</source>
            <translation>Verlauf wird gelesen…</translation>
        </message>
        <message>
            <source>Read from %1</source>
            <translation>Gelesen aus %1</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) shown</source>
            <translation>
                <numerusform>%Ln Versuch angezeigt</numerusform>
                <numerusform>%Ln Versuche angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the history</source>
            <translation>
                <numerusform>%Ln im Verlauf</numerusform>
                <numerusform>%Ln im Verlauf</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an attempt to see it in full.</source>
            <translation>Wählen Sie einen Versuch aus, um ihn vollständig zu sehen.</translation>
        </message>
        <message>
            <source>Export the shown attempts</source>
            <translation>Angezeigte Versuche exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The export to %1 failed: %2</source>
            <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) exported to %1</source>
            <translation>
                <numerusform>%Ln Versuch nach %1 exportiert</numerusform>
                <numerusform>%Ln Versuche nach %1 exportiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::KeychainCredentialStore</name>
        <message>
            <source>Windows Credential Manager</source>
            <translation>Windows-Anmeldeinformationsverwaltung</translation>
        </message>
        <message>
            <source>macOS Keychain</source>
            <translation>macOS-Schlüsselbund</translation>
        </message>
        <message>
            <source>Secret Service</source>
            <translation>Secret Service</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::LoadStatus</name>
        <message>
            <source>Loading orders</source>
            <translation>Bestellungen werden geladen</translation>
        </message>
        <message numerus="yes">
            <source>Loading… %n order(s) so far</source>
            <translation>
                <numerusform>Wird geladen… bisher %Ln Bestellung</numerusform>
                <numerusform>Wird geladen… bisher %Ln Bestellungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%Ln Bestellung</numerusform>
                <numerusform>%Ln Bestellungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::MainWindow</name>
        <message>
            <source>OrderDesk</source>
            <translation>OrderDesk</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Bestellungen</translation>
        </message>
        <message>
            <source>Search id, customer, email or company (Ctrl+F)</source>
            <translation>ID, Kunde, E-Mail oder Firma suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Search orders</source>
            <translation>Bestellungen durchsuchen</translation>
        </message>
        <message>
            <source>Narrows the list as you type. An exact order id that is not loaded is looked up in every account. Enter moves to the list; Enter on a row moves to its details.</source>
            <translation>Schränkt die Liste schon beim Tippen ein. Eine vollständige Bestell-ID, die noch nicht geladen ist, wird in allen Konten gesucht. Die Eingabetaste springt in die Liste, auf einer Zeile zu deren Details.</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>Shows only the orders of one stage, or of one platform's status.</source>
            <translation>Zeigt nur die Bestellungen eines Abschnitts (offen, in Ausführung, erledigt, geschlossen) oder eines Status einer Plattform.</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>FlexPortal: %1</source>
            <translation>FlexPortal: %1</translation>
        </message>
        <message>
            <source>OfferGrid: %1</source>
            <translation>OfferGrid: %1</translation>
        </message>
        <message>
            <source>The order's account is no longer configured.</source>
            <translation>Das Konto der Bestellung ist nicht mehr eingerichtet.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::MemoryCredentialStore</name>
        <message>
            <source>memory for this run only</source>
            <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
        </message>
        <message>
            <source>No keychain is available.</source>
            <translation>Es ist kein Schlüsselbund verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::MessageBar</name>
        <message>
            <source>Retr&amp;y</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Diese Meldung ausblenden</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Success</source>
            <translation>Erfolg</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OfferGridBackend</name>
        <message>
            <source>The address answers, but there is no OfferGrid reseller API there (it does not know /reseller/orders). Check the account's base URL, e.g. https://api.offergrid.io.</source>
            <translation>Die Adresse antwortet, bietet aber keine OfferGrid-Reseller-API (sie kennt /reseller/orders nicht). Prüfen Sie die Basis-URL des Kontos, z. B. https://api.offergrid.io.</translation>
        </message>
        <message>
            <source>OfferGrid refused the API key for the reseller API (a provider team's key, or one without reseller access).</source>
            <translation>OfferGrid hat den API-Schlüssel für die Reseller-API abgelehnt (ein Schlüssel eines Anbieterteams oder einer ohne Reseller-Zugang).</translation>
        </message>
        <message>
            <source>The server said: %1</source>
            <translation>Der Server meldete: %1</translation>
        </message>
        <message>
            <source>The address answers, but not as OfferGrid: its answer to the order list is not a list of OfferGrid orders (%1). Check the account's base URL.</source>
            <translation>Die Adresse antwortet, aber nicht wie OfferGrid: Ihre Antwort auf die Bestellliste ist keine Liste von OfferGrid-Bestellungen (%1). Prüfen Sie die Basis-URL des Kontos.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderActions</name>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Konten…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Refresh &amp;this order</source>
            <translation>&amp;Diese Bestellung aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Stop loading</source>
            <translation>Laden &amp;abbrechen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;Go to order…</source>
            <translation>&amp;Gehe zu Bestellung…</translation>
        </message>
        <message>
            <source>Cancellation &amp;history…</source>
            <translation>Stornierungs&amp;verlauf…</translation>
        </message>
        <message>
            <source>&amp;Cancel order…</source>
            <translation>Bestellung &amp;stornieren…</translation>
        </message>
        <message>
            <source>Copy order &amp;id</source>
            <translation>Bestell-&amp;ID kopieren</translation>
        </message>
        <message>
            <source>Order id %1 copied.</source>
            <translation>Bestell-ID %1 kopiert.</translation>
        </message>
        <message>
            <source>Copy the customer's &amp;email</source>
            <translation>&amp;E-Mail-Adresse des Kunden kopieren</translation>
        </message>
        <message>
            <source>Email address %1 copied.</source>
            <translation>E-Mail-Adresse %1 kopiert.</translation>
        </message>
        <message>
            <source>Copy order as &amp;JSON</source>
            <translation>Bestellung als &amp;JSON kopieren</translation>
        </message>
        <message>
            <source>&amp;About OrderDesk…</source>
            <translation>&amp;Über OrderDesk…</translation>
        </message>
        <message>
            <source>none: the history could not be opened</source>
            <translation>keiner: der Verlauf konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>About &amp;Qt…</source>
            <translation>Über &amp;Qt…</translation>
        </message>
        <message>
            <source>Order %1 read again: %2.</source>
            <translation>Bestellung %1 neu gelesen: %2.</translation>
        </message>
        <message>
            <source>Order %1 could not be read again: %2</source>
            <translation>Bestellung %1 konnte nicht neu gelesen werden: %2</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>Bes&amp;tellungen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Bestellungen</translation>
        </message>
        <message>
            <source>Reading order %1 from %2…</source>
            <translation>Bestellung %1 wird von %2 gelesen…</translation>
        </message>
        <message>
            <source>Order %1 was not copied: %2</source>
            <translation>Bestellung %1 wurde nicht kopiert: %2</translation>
        </message>
        <message>
            <source>Order %1 copied as JSON, as %2 sent it.</source>
            <translation>Bestellung %1 als JSON kopiert, so wie %2 sie gesendet hat.</translation>
        </message>
        <message>
            <source>Reading order %1 again…</source>
            <translation>Bestellung %1 wird neu gelesen…</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>Erneut &amp;versuchen</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderBackend</name>
        <message>
            <source>The connection to the account was closed while this was running.</source>
            <translation>Die Verbindung zum Konto wurde währenddessen geschlossen.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderDetailsPane</name>
        <message>
            <source>&amp;Cancel order…</source>
            <translation>Bestellung &amp;stornieren…</translation>
        </message>
        <message>
            <source>Load the order as the platform sends it</source>
            <translation>Bestellung so laden, wie die Plattform sie sendet</translation>
        </message>
        <message>
            <source>Order progress</source>
            <translation>Fortschritt der Bestellung</translation>
        </message>
        <message>
            <source>Order overview</source>
            <translation>Bestellübersicht</translation>
        </message>
        <message>
            <source>Cancel order</source>
            <translation>Bestellung stornieren</translation>
        </message>
        <message>
            <source>Why the order cannot be cancelled</source>
            <translation>Warum die Bestellung nicht storniert werden kann</translation>
        </message>
        <message>
            <source>Line items</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Raw data</source>
            <translation>Rohdaten</translation>
        </message>
        <message>
            <source>O&amp;verview</source>
            <translation>&amp;Übersicht</translation>
        </message>
        <message>
            <source>&amp;Items</source>
            <translation>&amp;Positionen</translation>
        </message>
        <message>
            <source>&amp;Raw data</source>
            <translation>&amp;Rohdaten</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Shipping address:</source>
            <translation>Lieferadresse:</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Kunde:</translation>
        </message>
        <message>
            <source>Billing address:</source>
            <translation>Rechnungsadresse:</translation>
        </message>
        <message>
            <source>Totals:</source>
            <translation>Beträge:</translation>
        </message>
        <message>
            <source>Payment:</source>
            <translation>Zahlung:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notizen:</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Zeitpunkte:</translation>
        </message>
        <message>
            <source>Cancel attempts:</source>
            <translation>Stornierungsversuche:</translation>
        </message>
        <message>
            <source>No devices on this order.</source>
            <translation>Diese Bestellung enthält keine Geräte.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n device(s) rented</source>
            <translation>
                <numerusform>%1 von %Ln Gerät vermietet</numerusform>
                <numerusform>%1 von %Ln Geräten vermietet</numerusform>
            </translation>
        </message>
        <message>
            <source>No provider items on this order.</source>
            <translation>Diese Bestellung enthält keine Anbieterpositionen.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n provider item(s) accepted</source>
            <translation>
                <numerusform>%1 von %Ln Anbieterposition angenommen</numerusform>
                <numerusform>%1 von %Ln Anbieterpositionen angenommen</numerusform>
            </translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Der Anbieter</translation>
        </message>
        <message>
            <source>%1 rejected item %2</source>
            <translation>%1 hat Position %2 abgelehnt</translation>
        </message>
        <message>
            <source>item %1 failed at %2</source>
            <translation>Position %1 ist bei %2 fehlgeschlagen</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>Bestellung %1</translation>
        </message>
        <message>
            <source>%1 · %2 (%3)</source>
            <translation>%1 · %2 (%3)</translation>
        </message>
        <message>
            <source>A cancel of this order is in progress.</source>
            <translation>Diese Bestellung wird gerade storniert.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Service address:</source>
            <translation>Leistungsadresse:</translation>
        </message>
        <message>
            <source>Subtotal %1</source>
            <translation>Zwischensumme %1</translation>
        </message>
        <message>
            <source>Tax %1</source>
            <translation>Steuer %1</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Gesamt %1</translation>
        </message>
        <message>
            <source>The platform sends no amounts for this order.</source>
            <translation>Die Plattform liefert für diese Bestellung keine Beträge.</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>Zahlungsart: %1</translation>
        </message>
        <message>
            <source>Paid: %1</source>
            <translation>Bezahlt: %1</translation>
        </message>
        <message>
            <source>Transaction: %1</source>
            <translation>Transaktion: %1</translation>
        </message>
        <message>
            <source>Created %1</source>
            <translation>Erstellt: %1</translation>
        </message>
        <message>
            <source>Updated %1</source>
            <translation>Aktualisiert: %1</translation>
        </message>
        <message>
            <source>Shipped %1</source>
            <translation>Versandt: %1</translation>
        </message>
        <message>
            <source>Tracking number %1</source>
            <translation>Sendungsnummer %1</translation>
        </message>
        <message>
            <source>No order selected</source>
            <translation>Keine Bestellung ausgewählt</translation>
        </message>
        <message>
            <source>Select an order in the list to see its details.</source>
            <translation>Wählen Sie eine Bestellung in der Liste aus, um ihre Details zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderFinder</name>
        <message>
            <source>Another order was looked for.</source>
            <translation>Inzwischen wurde eine andere Bestellung gesucht.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderLinesModel</name>
        <message>
            <source>%1 %2/month</source>
            <translation>%1 %2/Monat</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%Ln Monat</numerusform>
                <numerusform>%Ln Monate</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 rented</source>
            <translation>%1 von %2 vermietet</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Artikelnummer</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Laufzeit</translation>
        </message>
        <message>
            <source>Rental status</source>
            <translation>Mietstatus</translation>
        </message>
        <message>
            <source>Rented</source>
            <translation>Vermietet</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Provider notes</source>
            <translation>Anmerkungen des Anbieters</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::OrderTimeline</name>
        <message>
            <source>Cancel attempts on this order</source>
            <translation>Stornierungsversuche zu dieser Bestellung</translation>
        </message>
        <message>
            <source>The cancellation history is not available.</source>
            <translation>Der Stornierungsverlauf ist nicht verfügbar.</translation>
        </message>
        <message>
            <source>Reading the cancellation history…</source>
            <translation>Stornierungsverlauf wird gelesen…</translation>
        </message>
        <message>
            <source>The cancellation history could not be read: %1</source>
            <translation>Der Stornierungsverlauf konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>No cancel attempts on this order.</source>
            <translation>Zu dieser Bestellung gibt es keine Stornierungsversuche.</translation>
        </message>
        <message>
            <source>an unnamed agent</source>
            <translation>ein unbenannter Bearbeiter</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source>%1 (read again: %2)</source>
            <translation>%1 (erneut gelesen: %2)</translation>
        </message>
        <message>
            <source>subscription %1: %2</source>
            <translation>Abonnement %1: %2</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>The platform said: “%1”</source>
            <translation>Die Plattform meldete: „%1“</translation>
        </message>
        <message>
            <source>The platform refused the reason, so the cancel went without it.</source>
            <translation>Die Plattform hat den Grund abgelehnt; die Stornierung wurde ohne ihn gesendet.</translation>
        </message>
        <message>
            <source>Asset %1 is flagged for collection.</source>
            <translation>Gerät %1 ist zur Abholung vorgemerkt.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::PendingReconciler</name>
        <message>
            <source>OrderDesk stopped before the answer to this cancel was recorded. Read again on %1, the order is "%2".</source>
            <translation>OrderDesk wurde beendet, bevor die Antwort auf diese Stornierung erfasst war. Am %1 erneut gelesen, ist die Bestellung „%2“.</translation>
        </message>
        <message>
            <source>OrderDesk stopped before the answer to this subscription cancel was recorded. FlexPortal offers no way to read a subscription's state, so whether it was cancelled is unknown. Cancelling it again is safe: if it went through, FlexPortal answers that it is already cancelled.</source>
            <translation>OrderDesk wurde beendet, bevor die Antwort auf diese Abonnementkündigung erfasst war. FlexPortal bietet keine Möglichkeit, den Zustand eines Abonnements zu lesen; ob es gekündigt wurde, ist daher unbekannt. Eine erneute Kündigung ist unbedenklich: War sie erfolgreich, antwortet FlexPortal, dass es bereits gekündigt ist.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SecretResolver</name>
        <message>
            <source>No API key is stored for this account.</source>
            <translation>Für dieses Konto ist kein API-Schlüssel gespeichert.</translation>
        </message>
        <message>
            <source>The keychain could not be used: %1</source>
            <translation>Der Schlüsselbund konnte nicht verwendet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SettingsDialog</name>
        <message>
            <source>&amp;Local file</source>
            <translation>&amp;Lokale Datei</translation>
        </message>
        <message>
            <source>&amp;PostgreSQL (shared by the team)</source>
            <translation>&amp;PostgreSQL (für das ganze Team)</translation>
        </message>
        <message>
            <source>Brows&amp;e…</source>
            <translation>Durchsuch&amp;en…</translation>
        </message>
        <message>
            <source>Allow &amp;HTTP/2</source>
            <translation>&amp;HTTP/2 erlauben</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Cancellations are recorded as: %1</source>
            <translation>Stornierungen werden erfasst als: %1</translation>
        </message>
        <message>
            <source>Cancellations are recorded without a name.</source>
            <translation>Stornierungen werden ohne Namen erfasst.</translation>
        </message>
        <message>
            <source>Default file in the application data folder</source>
            <translation>Standarddatei im Datenordner der Anwendung</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Kept in the system keychain, never in a file. Leave it empty to keep the one stored.</source>
            <translation>Wird im Schlüsselbund des Systems abgelegt, nie in einer Datei. Leer lassen, um das gespeicherte zu behalten.</translation>
        </message>
        <message>
            <source>None: the authorities this computer trusts</source>
            <translation>Keins: die Zertifizierungsstellen, denen dieser Computer vertraut</translation>
        </message>
        <message>
            <source>The certificate (PEM) of the authority that issued the database server's certificate. The connection is encrypted and the server's certificate and host name are checked; without this file, against the authorities this computer trusts (a server on this computer is not checked then).</source>
            <translation>Das Zertifikat (PEM) der Stelle, die das Zertifikat des Datenbankservers ausgestellt hat. Die Verbindung ist verschlüsselt, Zertifikat und Hostname des Servers werden geprüft; ohne diese Datei gegen die Zertifizierungsstellen, denen dieser Computer vertraut (ein Server auf diesem Computer wird dann nicht geprüft).</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Cancellation history</source>
            <translation>Stornierungsverlauf</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>Da&amp;tei:</translation>
        </message>
        <message>
            <source>Ho&amp;st:</source>
            <translation>H&amp;ost:</translation>
        </message>
        <message>
            <source>Po&amp;rt:</source>
            <translation>Po&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>Datenb&amp;ank:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>&amp;CA certificate:</source>
            <translation>&amp;CA-Zertifikat:</translation>
        </message>
        <message>
            <source>The password is kept in the system keychain (ORDERDESK_PG_PASSWORD, when set, is used instead). Every attempt is written to the local file first and copied to PostgreSQL. A new choice takes effect the next time OrderDesk starts.</source>
            <translation>Das Passwort liegt im Schlüsselbund des Systems (ist ORDERDESK_PG_PASSWORD gesetzt, wird stattdessen dieses verwendet). Jeder Versuch wird zuerst in die lokale Datei geschrieben und dann nach PostgreSQL kopiert. Eine neue Auswahl gilt ab dem nächsten Start von OrderDesk.</translation>
        </message>
        <message>
            <source>&amp;Agent name:</source>
            <translation>&amp;Name des Bearbeiters:</translation>
        </message>
        <message>
            <source>Request &amp;timeout:</source>
            <translation>&amp;Zeitlimit für Anfragen:</translation>
        </message>
        <message>
            <source>La&amp;nguage (after restart):</source>
            <translation>&amp;Sprache (nach Neustart):</translation>
        </message>
        <message>
            <source>History database</source>
            <translation>Verlaufsdatenbank</translation>
        </message>
        <message>
            <source>SQLite database (*.sqlite *.db)</source>
            <translation>SQLite-Datenbank (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>CA certificate of the PostgreSQL server</source>
            <translation>CA-Zertifikat des PostgreSQL-Servers</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SubscriptionCancelDialog</name>
        <message>
            <source>Cancel subscriptions of order %1</source>
            <translation>Abonnements der Bestellung %1 kündigen</translation>
        </message>
        <message>
            <source>Order %1 · %2 · %3
%4

Cancelling a subscription ends it: FlexPortal voids its future payments and flags its asset for collection. This cannot be undone. One request goes out per subscription, one after the other, each written to the cancellation history first.</source>
            <translation>Bestellung %1 · %2 · %3
%4

Die Kündigung beendet ein Abonnement: FlexPortal lässt seine künftigen Zahlungen entfallen und merkt sein Gerät zur Abholung vor. Das lässt sich nicht rückgängig machen. Pro Abonnement geht eine Anfrage hinaus, eine nach der anderen, jede zuerst im Stornierungsverlauf festgehalten.</translation>
        </message>
        <message>
            <source>Subscriptions to cancel</source>
            <translation>Zu kündigende Abonnements</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Known state</source>
            <translation>Bekannter Zustand</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Grund auswählen…</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Optional notes for FlexPortal and the history</source>
            <translation>Optionale Notizen für FlexPortal und den Verlauf</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>&amp;Subscriptions to cancel:</source>
            <translation>Zu kündigende &amp;Abonnements:</translation>
        </message>
        <message>
            <source>Subscriptions answered</source>
            <translation>Beantwortete Abonnements</translation>
        </message>
        <message>
            <source>Result per subscription</source>
            <translation>Ergebnis je Abonnement</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>FlexPortal said</source>
            <translation>Meldung von FlexPortal</translation>
        </message>
        <message>
            <source>Asset serial</source>
            <translation>Seriennummer des Geräts</translation>
        </message>
        <message>
            <source>%1 / %2 characters (emoji count as two)</source>
            <translation>%1 / %2 Zeichen (Emojis zählen doppelt)</translation>
        </message>
        <message>
            <source>Choose the subscriptions to cancel.</source>
            <translation>Wählen Sie die zu kündigenden Abonnements aus.</translation>
        </message>
        <message>
            <source>Choose a reason to continue.</source>
            <translation>Wählen Sie einen Grund, um fortzufahren.</translation>
        </message>
        <message>
            <source>The notes are %1 characters too long.</source>
            <translation>Die Notizen sind %1 Zeichen zu lang.</translation>
        </message>
        <message numerus="yes">
            <source>Cancel %n subscription(s)…</source>
            <translation>
                <numerusform>%Ln Abonnement kündigen…</numerusform>
                <numerusform>%Ln Abonnements kündigen…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel subscriptions…</source>
            <translation>Abonnements kündigen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>%n cancel request(s) will go out to FlexPortal, one after the other, one per subscription:</source>
            <translation>
                <numerusform>%Ln Kündigungsanfrage geht an FlexPortal, eine pro Abonnement:</numerusform>
                <numerusform>%Ln Kündigungsanfragen gehen nacheinander an FlexPortal, eine pro Abonnement:</numerusform>
            </translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notizen: %1</translation>
        </message>
        <message>
            <source>Each subscription ends, its future payments are voided and its asset is flagged for collection. This cannot be undone.</source>
            <translation>Jedes Abonnement endet, seine künftigen Zahlungen entfallen und sein Gerät wird zur Abholung vorgemerkt. Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n request(s)</source>
            <translation>
                <numerusform>%Ln Anfrage senden</numerusform>
                <numerusform>%Ln Anfragen senden</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Anhalten</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>Stopping: the request already out is waited for; no other is sent.</source>
            <translation>Wird angehalten: Auf die bereits gesendete Anfrage wird gewartet; keine weitere wird gesendet.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>%v of %m answered</source>
            <translation>%v von %m beantwortet</translation>
        </message>
        <message numerus="yes">
            <source>Sending %n cancel request(s), one after the other…</source>
            <translation>
                <numerusform>%Ln Kündigungsanfrage wird gesendet…</numerusform>
                <numerusform>%Ln Kündigungsanfragen werden nacheinander gesendet…</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Cancelling subscription %1 (%2 of %3)…</source>
            <translation>Abonnement %1 wird gekündigt (%2 von %3)…</translation>
        </message>
        <message>
            <source>Not sent (stopped)</source>
            <translation>Nicht gesendet (angehalten)</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n subscription(s) cancelled or already ended.</source>
            <translation>
                <numerusform>%1 von %Ln Abonnement gekündigt oder bereits beendet.</numerusform>
                <numerusform>%1 von %Ln Abonnements gekündigt oder bereits beendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent.</source>
            <translation>
                <numerusform>%Ln nicht gesendet.</numerusform>
                <numerusform>%Ln nicht gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <source>The order could not be read again: %1</source>
            <translation>Die Bestellung konnte nicht erneut gelesen werden: %1</translation>
        </message>
        <message>
            <source>The order was read again.</source>
            <translation>Die Bestellung wurde erneut gelesen.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SubscriptionCancelFlow</name>
        <message>
            <source>A subscription id is required; nothing was sent.</source>
            <translation>Eine Abonnement-ID ist erforderlich; es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>The notes may hold at most %1 characters (these hold %2); nothing was sent.</source>
            <translation>Die Notizen dürfen höchstens %1 Zeichen enthalten (diese haben %2); es wurde nichts gesendet.</translation>
        </message>
        <message>
            <source>FlexPortal answered with success, but its reply does not confirm the cancel of this subscription.</source>
            <translation>FlexPortal hat Erfolg gemeldet, aber die Antwort bestätigt die Kündigung dieses Abonnements nicht.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SubscriptionCancelService</name>
        <message>
            <source>Only FlexPortal orders have subscriptions.</source>
            <translation>Nur FlexPortal-Bestellungen haben Abonnements.</translation>
        </message>
        <message>
            <source>Subscriptions of this order are already being cancelled.</source>
            <translation>Abonnements dieser Bestellung werden bereits gekündigt.</translation>
        </message>
        <message>
            <source>Choose at least one subscription.</source>
            <translation>Wählen Sie mindestens ein Abonnement aus.</translation>
        </message>
        <message>
            <source>%1 is not a subscription of order %2.</source>
            <translation>%1 ist kein Abonnement der Bestellung %2.</translation>
        </message>
        <message>
            <source>Subscription %1 was chosen twice.</source>
            <translation>Abonnement %1 wurde doppelt ausgewählt.</translation>
        </message>
        <message>
            <source>The notes may hold at most %1 characters.</source>
            <translation>Die Notizen dürfen höchstens %1 Zeichen enthalten.</translation>
        </message>
        <message>
            <source>The order's account is no longer configured.</source>
            <translation>Das Konto der Bestellung ist nicht mehr eingerichtet.</translation>
        </message>
        <message>
            <source>The cancel of subscription %1 could not be written to the cancellation history, so it was not sent. %2</source>
            <translation>Die Kündigung des Abonnements %1 konnte nicht in den Stornierungsverlauf geschrieben werden, daher wurde sie nicht gesendet. %2</translation>
        </message>
        <message>
            <source>Stopped before its request was sent.</source>
            <translation>Abgebrochen, bevor die Anfrage gesendet wurde.</translation>
        </message>
        <message>
            <source>The accounts or their settings were changed before the cancel was sent.</source>
            <translation>Die Konten oder ihre Einstellungen wurden geändert, bevor die Kündigung gesendet wurde.</translation>
        </message>
    </context>
    <context>
        <name>OrderDesk::SubscriptionList</name>
        <message>
            <source>Cancel &amp;subscriptions…</source>
            <translation>&amp;Abonnements kündigen…</translation>
        </message>
        <message>
            <source>Cancel subscriptions</source>
            <translation>Abonnements kündigen</translation>
        </message>
        <message>
            <source>Subscriptions of this order</source>
            <translation>Abonnements dieser Bestellung</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Abonnement</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message numerus="yes">
            <source>%n subscription(s) on this order. FlexPortal does not show a subscription's state; what is known comes from the cancellation history.</source>
            <translation>
                <numerusform>%Ln Abonnement zu dieser Bestellung. FlexPortal zeigt den Zustand eines Abonnements nicht an; was bekannt ist, stammt aus dem Stornierungsverlauf.</numerusform>
                <numerusform>%Ln Abonnements zu dieser Bestellung. FlexPortal zeigt den Zustand eines Abonnements nicht an; was bekannt ist, stammt aus dem Stornierungsverlauf.</numerusform>
            </translation>
        </message>
        <message>
            <source>(not on a line)</source>
            <translation>(keiner Position zugeordnet)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>state unknown</source>
            <translation>Zustand unbekannt</translation>
        </message>
        <message>
            <source>cancelled (%1)</source>
            <translation>gekündigt (%1)</translation>
        </message>
        <message>
            <source>cancelled (found already cancelled %1)</source>
            <translation>gekündigt (am %1 bereits gekündigt vorgefunden)</translation>
        </message>
        <message>
            <source>ended (found %1)</source>
            <translation>beendet (festgestellt am %1)</translation>
        </message>
        <message>
            <source>state unknown: a cancel was refused (%1)</source>
            <translation>Zustand unbekannt: eine Kündigung wurde abgelehnt (%1)</translation>
        </message>
        <message>
            <source>state unknown: a cancel was not sent (%1)</source>
            <translation>Zustand unbekannt: eine Kündigung wurde nicht gesendet (%1)</translation>
        </message>
        <message>
            <source>state unknown: a cancel is under way or was interrupted (%1)</source>
            <translation>Zustand unbekannt: eine Kündigung läuft oder wurde unterbrochen (%1)</translation>
        </message>
        <message>
            <source>state unknown: no clear answer to a cancel (%1)</source>
            <translation>Zustand unbekannt: keine eindeutige Antwort auf eine Kündigung (%1)</translation>
        </message>
    </context>
    <context>
        <name>OrderListModel</name>
        <message>
            <source>May be cancelled.</source>
            <translation>Kann storniert werden.</translation>
        </message>
        <message>
            <source>No devices</source>
            <translation>Keine Geräte</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n device(s) rented</source>
            <translation>
                <numerusform>%1 von %Ln Gerät vermietet</numerusform>
                <numerusform>%1 von %Ln Geräten vermietet</numerusform>
            </translation>
        </message>
        <message>
            <source>No items</source>
            <translation>Keine Positionen</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n provider item(s) accepted</source>
            <translation>
                <numerusform>%1 von %Ln Anbieterposition angenommen</numerusform>
                <numerusform>%1 von %Ln Anbieterpositionen angenommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%Ln abgelehnt</numerusform>
                <numerusform>%Ln abgelehnt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%Ln fehlgeschlagen</numerusform>
                <numerusform>%Ln fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
    </context>
    <context>
        <name>OrderMiss</name>
        <message>
            <source>No account is enabled, so order “%1” could not be looked up.</source>
            <translation>Kein Konto ist aktiv, daher konnte Bestellung „%1“ nicht gesucht werden.</translation>
        </message>
        <message>
            <source>Order “%1” was not found: no account has an order with this id (asked: %2).</source>
            <translation>Bestellung „%1“ wurde nicht gefunden: Kein Konto hat eine Bestellung mit dieser ID (gefragt: %2).</translation>
        </message>
        <message>
            <source>%1 could not be asked: %2</source>
            <translation>%1 konnte nicht gefragt werden: %2</translation>
        </message>
        <message>
            <source>Order “%1” could not be looked up. %2</source>
            <translation>Bestellung „%1“ konnte nicht gesucht werden. %2</translation>
        </message>
        <message>
            <source>Order “%1” is not in %2, but that is not the whole answer. %3</source>
            <translation>Bestellung „%1“ ist nicht in %2, aber das ist nicht die ganze Antwort. %3</translation>
        </message>
    </context>
    <context>
        <name>PostgresTls</name>
        <message>
            <source>the path of the CA certificate file %1 holds a ";", which Qt's PostgreSQL driver cannot pass on; move or rename the file</source>
            <translation>der Pfad der CA-Zertifikatsdatei %1 enthält ein „;“, das der PostgreSQL-Treiber von Qt nicht weitergeben kann; verschieben oder benennen Sie die Datei um</translation>
        </message>
        <message>
            <source>the server does not offer TLS, and the history is sent only over a verified TLS connection; ask its administrator to turn TLS on</source>
            <translation>der Server bietet kein TLS an, und der Verlauf wird nur über eine geprüfte TLS-Verbindung übertragen; bitten Sie den Administrator, TLS einzuschalten</translation>
        </message>
        <message>
            <source>there is no certificate to check the server against (%1 does not exist); give the team's CA certificate file in the settings</source>
            <translation>es gibt kein Zertifikat, gegen das der Server geprüft werden kann (%1 existiert nicht); geben Sie in den Einstellungen die CA-Zertifikatsdatei des Teams an</translation>
        </message>
        <message>
            <source>there is no certificate to check the server against (the CA certificate file %1 does not exist or cannot be read)</source>
            <translation>es gibt kein Zertifikat, gegen das der Server geprüft werden kann (die CA-Zertifikatsdatei %1 existiert nicht oder ist nicht lesbar)</translation>
        </message>
        <message>
            <source>the server's certificate does not match the host name (it is for %1, not for %2)</source>
            <translation>das Zertifikat des Servers passt nicht zum Hostnamen (es gilt für %1, nicht für %2)</translation>
        </message>
        <message>
            <source>the server's certificate names no host, so it cannot be checked</source>
            <translation>das Zertifikat des Servers nennt keinen Host und kann daher nicht geprüft werden</translation>
        </message>
        <message>
            <source>the server's certificate is not trusted (no authority this computer trusts issued it, or it has expired); give the team's CA certificate file in the settings</source>
            <translation>dem Zertifikat des Servers wird nicht vertraut (keine Stelle, der dieser Computer vertraut, hat es ausgestellt, oder es ist abgelaufen); geben Sie in den Einstellungen die CA-Zertifikatsdatei des Teams an</translation>
        </message>
        <message>
            <source>the server's certificate is not trusted (the certificate authority in %1 did not issue it, or it has expired)</source>
            <translation>dem Zertifikat des Servers wird nicht vertraut (die Zertifizierungsstelle in %1 hat es nicht ausgestellt, oder es ist abgelaufen)</translation>
        </message>
    </context>
    <context>
        <name>SubscriptionCancelOutcome</name>
        <message>
            <source>FlexPortal said: “%1”</source>
            <translation>FlexPortal meldete: „%1“</translation>
        </message>
        <message>
            <source>Subscription %1 was cancelled.</source>
            <translation>Abonnement %1 wurde gekündigt.</translation>
        </message>
        <message>
            <source>Its asset %1 is flagged for collection.</source>
            <translation>Das zugehörige Gerät %1 ist zur Abholung vorgemerkt.</translation>
        </message>
        <message>
            <source>Subscription %1 had already been cancelled; nothing changed.</source>
            <translation>Abonnement %1 war bereits gekündigt; es hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>Subscription %1 had already ended; nothing changed.</source>
            <translation>Abonnement %1 war bereits beendet; es hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>FlexPortal does not know subscription %1; it may belong to another account or region.</source>
            <translation>FlexPortal kennt Abonnement %1 nicht; es gehört möglicherweise zu einem anderen Konto oder einer anderen Region.</translation>
        </message>
        <message>
            <source>FlexPortal refused to cancel subscription %1. %2</source>
            <translation>FlexPortal hat die Kündigung von Abonnement %1 abgelehnt. %2</translation>
        </message>
        <message>
            <source>The cancel of subscription %1 was not sent. %2</source>
            <translation>Die Kündigung von Abonnement %1 wurde nicht gesendet. %2</translation>
        </message>
        <message>
            <source>No clear answer came back to the cancel of subscription %1 (%2). FlexPortal offers no way to read a subscription's state, so whether it was cancelled is unknown. Cancelling it again is safe: if this request went through, FlexPortal answers that it is already cancelled.</source>
            <translation>Auf die Kündigung von Abonnement %1 kam keine eindeutige Antwort (%2). FlexPortal bietet keine Möglichkeit, den Zustand eines Abonnements zu lesen; ob es gekündigt wurde, ist daher unbekannt. Eine erneute Kündigung ist unbedenklich: War diese Anfrage erfolgreich, antwortet FlexPortal, dass es bereits gekündigt ist.</translation>
        </message>
    </context>
    <context>
        <name>SubscriptionCancelReason</name>
        <message>
            <source>Customer request</source>
            <translation>Kundenwunsch</translation>
        </message>
        <message>
            <source>Payment failure</source>
            <translation>Zahlungsausfall</translation>
        </message>
        <message>
            <source>Fraud</source>
            <translation>Betrug</translation>
        </message>
        <message>
            <source>Admin decision</source>
            <translation>Entscheidung der Verwaltung</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>Transport</name>
        <message>
            <source>The request was stopped.</source>
            <translation>Die Anfrage wurde abgebrochen.</translation>
        </message>
        <message>
            <source>No data arrived within the timeout.</source>
            <translation>Innerhalb des Zeitlimits sind keine Daten eingetroffen.</translation>
        </message>
        <message>
            <source>The reply was larger than OrderDesk accepts; it was not read.</source>
            <translation>Die Antwort war größer, als OrderDesk annimmt; sie wurde nicht gelesen.</translation>
        </message>
        <message>
            <source>The server redirected the request to another address; OrderDesk does not follow it so that the API key stays with the account's own server.</source>
            <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet; OrderDesk folgt dem nicht, damit der API-Schlüssel beim eigenen Server des Kontos bleibt.</translation>
        </message>
        <message>
            <source>The server's certificate was not accepted.</source>
            <translation>Das Zertifikat des Servers wurde nicht akzeptiert.</translation>
        </message>
        <message>
            <source>The server sent its reply too slowly (less than 1 KB in %1 s); it was given up.</source>
            <translation>Der Server hat seine Antwort zu langsam gesendet (weniger als 1 KB in %1 s); sie wurde aufgegeben.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Back-office desk for FlexPortal and OfferGrid orders.</source>
            <translation>Backoffice-Arbeitsplatz für Bestellungen aus FlexPortal und OfferGrid.</translation>
        </message>
        <message>
            <source>Load the orders once, then quit (exit code 0 when orders were shown).</source>
            <translation>Bestellungen einmal laden, dann beenden (Exit-Code 0, wenn Bestellungen angezeigt wurden).</translation>
        </message>
        <message>
            <source>Also use the accounts in this JSON file (the format of orderdesk-cli; no keys in it).</source>
            <translation>Zusätzlich die Konten aus dieser JSON-Datei verwenden (Format von orderdesk-cli; ohne Schlüssel).</translation>
        </message>
    </context>
</TS>
