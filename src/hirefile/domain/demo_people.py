"""The people, places and words of the demo file (`hirefile demo`).

Demo data is how a founder first judges the app and how developers find bugs that only real
data shows: names in many scripts (sorting, search, PDF fonts, right-to-left text), apostrophes
and diacritics, mononyms, family-name-first orders, long notes. So the candidates come from many
countries and write their names the way people there do; the rest of this module is the text
that fills scorecards, reviews and notes so that every screen has something plausible to show.

Names are written compactly, one locale per block:
- `"Anna, Łukasz"`: names in a Latin script; their ASCII key (for e-mails and handles) is derived;
- `"Анна=Anna"`: a name in another script, then its usual Latin spelling;
- `"Kowalski/Kowalska"`: the masculine and feminine forms of a gendered family name.
"""

from __future__ import annotations

from dataclasses import dataclass

from hirefile.domain.names import fold
from hirefile.domain.vocab import (
    Axis,
    CheckResult,
    CultureDimension,
    Decision,
    PortfolioCheck,
    Source,
    Track,
)


@dataclass(frozen=True)
class Name:
    """One given or family name."""

    text: str  #: as the person writes it
    latin: str  #: in Latin letters (the same as `text` for Latin scripts)
    key: str  #: lower-case ASCII, for e-mail addresses and handles


@dataclass(frozen=True)
class Family:
    """A family name in its masculine and feminine forms (the same where it has no gender)."""

    male: Name
    female: Name


@dataclass(frozen=True)
class Locale:
    """Where a candidate comes from: how names are formed, where people live, who employs them."""

    key: str
    weight: float  #: relative share of the candidates
    female: tuple[Name, ...]
    male: tuple[Name, ...]
    family: tuple[Family, ...]
    places: tuple[str, ...]  #: "City, Country"; the country must be in `PHONES`
    mail: tuple[str, ...]  #: e-mail domains people there use
    companies: tuple[str, ...]
    native_script: bool = False  #: names are written in a non-Latin script
    latin_share: float = 0.0  #: of those, the share who write their name in Latin letters
    family_first: bool = False
    joiner: str = " "
    second_family: float = 0.0  #: share with two family names (Spanish, Portuguese)
    mononym: float = 0.0  #: share known by a single name (Indonesia)


def ascii_key(text: str) -> str:
    """`Łukasz Żółć-O'Brien` → `lukaszzolcobrien`: what an e-mail local part can hold."""
    return "".join(c for c in fold(text) if c.isascii() and c.isalnum())


def _names(spec: str) -> tuple[Name, ...]:
    out = []
    for item in spec.split(","):
        text, _, latin = item.strip().partition("=")
        latin = latin or text
        out.append(Name(text, latin, ascii_key(latin)))
    return tuple(out)


def _families(spec: str) -> tuple[Family, ...]:
    out = []
    for item in spec.split(","):
        text, _, latin = item.strip().partition("=")
        male, _, female = text.partition("/")
        latin_m, _, latin_f = (latin or text).partition("/")
        out.append(Family(
            Name(male, latin_m, ascii_key(latin_m)),
            Name(female or male, latin_f or latin_m, ascii_key(latin_f or latin_m)),
        ))
    return tuple(out)


_COMMON_MAIL = ("gmail.com", "gmail.com", "outlook.com", "proton.me")

LOCALES: tuple[Locale, ...] = (
    Locale(
        "us", 8,
        _names("Emily, Jessica, Ashley, Sarah, Megan, Rachel, Lauren, Madison, Brianna, Kayla, "
               "Jasmine, Taylor, Alexis"),
        _names("Michael, Christopher, Matthew, Joshua, Andrew, Tyler, Ryan, Brandon, Justin, "
               "Kevin, Jordan, Marcus, DeShawn"),
        _families("Johnson, Williams, Brown, Jones, Miller, Davis, Anderson, Jackson, White, "
                  "Harris, Thompson, Moore, Clark, Lewis, Robinson, Walker, Young, Allen, "
                  "Washington, Rivera"),
        ("San Francisco, United States", "New York, United States", "Seattle, United States",
         "Austin, United States", "Boston, United States", "Chicago, United States",
         "Pittsburgh, United States", "Denver, United States", "Toronto, Canada"),
        ("gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com"),
        ("Google", "Meta", "NVIDIA", "Databricks", "Scale AI", "Stripe", "Airbnb", "Uber",
         "Snowflake", "Weights & Biases", "Cohere", "Duolingo"),
    ),
    Locale(
        "gb_ie", 5,
        _names("Emily, Olivia, Charlotte, Sophie, Hannah, Grace, Eleanor, Chloe, Siobhán, "
               "Aoife, Niamh, Rhiannon, Fiona"),
        _names("James, Oliver, Harry, Thomas, George, William, Jack, Callum, Ciarán, Rhys, "
               "Liam, Alistair, Seán"),
        _families("Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Roberts, Walker, "
                  "O'Brien, O'Connor, Murphy, MacDonald, Campbell, Davies, Hughes, Kelly, "
                  "Fitzgerald, Ó Briain/Ní Bhriain"),
        ("London, United Kingdom", "Manchester, United Kingdom", "Edinburgh, United Kingdom",
         "Cambridge, United Kingdom", "Oxford, United Kingdom", "Bristol, United Kingdom",
         "Dublin, Ireland", "Cork, Ireland", "Belfast, United Kingdom"),
        ("gmail.com", "gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com"),
        ("Google DeepMind", "Wayve", "Synthesia", "PolyAI", "Faculty", "Monzo", "Intercom",
         "Stripe", "Ocado Technology", "Graphcore", "Revolut", "Cleo"),
    ),
    Locale(
        "de", 6,
        _names("Lena, Anna, Sophie, Laura, Katharina, Johanna, Jana, Miriam, Charlotte, Lea, "
               "Hannah, Franziska, Jülide"),
        _names("Jonas, Lukas, Maximilian, Felix, Tobias, Sebastian, Moritz, Jan, Niklas, "
               "Florian, Stefan, Jörg, Björn"),
        _families("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, "
                  "Hoffmann, Koch, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, "
                  "Zimmermann, Krüger, Weiß, Groß, von Bülow"),
        ("Berlin, Germany", "München, Germany", "Hamburg, Germany", "Köln, Germany",
         "Frankfurt am Main, Germany", "Stuttgart, Germany", "Leipzig, Germany",
         "Karlsruhe, Germany", "Tübingen, Germany", "Zürich, Switzerland", "Wien, Austria"),
        ("gmail.com", "gmx.de", "web.de", "posteo.de", "mailbox.org"),
        ("Aleph Alpha", "DeepL", "Zalando", "SAP", "Celonis", "Helsing", "Merantix", "N26",
         "Black Forest Labs", "Bosch Center for AI", "Personio", "Delivery Hero"),
    ),
    Locale(
        "fr", 4,
        _names("Camille, Léa, Chloé, Manon, Inès, Clémence, Élodie, Hélène, Margaux, Juliette, "
               "Océane, Anaïs"),
        _names("Antoine, Hugo, Théo, Julien, Mathieu, Maxime, Nicolas, Clément, Loïc, Étienne, "
               "Benoît, Raphaël"),
        _families("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, "
                  "Moreau, Lefèvre, Girard, Bonnet, Fournier, Mercier, Rousseau, Lemaître, "
                  "Chevalier, N'Diaye"),
        ("Paris, France", "Lyon, France", "Grenoble, France", "Toulouse, France",
         "Bordeaux, France", "Lille, France", "Nantes, France", "Montréal, Canada",
         "Bruxelles, Belgium", "Genève, Switzerland"),
        ("gmail.com", "orange.fr", "free.fr", "laposte.net", "outlook.fr"),
        ("Mistral AI", "Hugging Face", "Dataiku", "Criteo", "Doctolib", "BlaBlaCar", "Owkin",
         "Alan", "Photoroom", "Contentsquare", "Qonto"),
    ),
    Locale(
        "es_latam", 6,
        _names("Lucía, María José, Sofía, Valentina, Camila, Daniela, Ximena, Paula, Andrea, "
               "Carmen, Mariana, Isabella"),
        _names("Alejandro, Javier, Diego, Santiago, Mateo, José Luis, Carlos, Andrés, "
               "Sebastián, Pablo, Tomás, Joaquín"),
        _families("García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, "
                  "Ramírez, Torres, Flores, Díaz, Gómez, Morales, Vargas, Castillo, Muñoz, "
                  "Ortiz, Núñez, de la Cruz"),
        ("Madrid, Spain", "Barcelona, Spain", "Valencia, Spain", "Ciudad de México, Mexico",
         "Guadalajara, Mexico", "Buenos Aires, Argentina", "Córdoba, Argentina",
         "Bogotá, Colombia", "Medellín, Colombia", "Santiago, Chile", "Lima, Peru",
         "Montevideo, Uruguay"),
        ("gmail.com", "gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx"),
        ("Glovo", "Cabify", "Mercado Libre", "Rappi", "Kavak", "Globant", "Ualá",
         "BBVA AI Factory", "Clip", "Platzi", "Typeform"),
        second_family=0.35,
    ),
    Locale(
        "pt_br", 4,
        _names("Ana Clara, Beatriz, Larissa, Juliana, Fernanda, Gabriela, Letícia, Mariana, "
               "Camila, Luíza, Thaís, Yasmin"),
        _names("João Pedro, Lucas, Gabriel, Rafael, Thiago, Matheus, Felipe, Guilherme, "
               "Leonardo, Vinícius, Caio, Otávio"),
        _families("Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, "
                  "Gomes, Ribeiro, Carvalho, Araújo, Conceição, Gonçalves, Magalhães, Brandão"),
        ("São Paulo, Brazil", "Rio de Janeiro, Brazil", "Belo Horizonte, Brazil",
         "Florianópolis, Brazil", "Recife, Brazil", "Porto Alegre, Brazil",
         "Lisboa, Portugal", "Porto, Portugal"),
        ("gmail.com", "gmail.com", "hotmail.com", "uol.com.br", "sapo.pt"),
        ("Nubank", "iFood", "QuintoAndar", "Stone", "PicPay", "CI&T", "Itaú Unibanco",
         "Hotmart", "Feedzai", "Unbabel", "Sword Health"),
        second_family=0.5,
    ),
    Locale(
        "it", 2,
        _names("Giulia, Chiara, Francesca, Martina, Alessia, Sara, Federica, Elisa, Valentina, "
               "Ilaria"),
        _names("Marco, Luca, Matteo, Alessandro, Lorenzo, Davide, Andrea, Federico, Riccardo, "
               "Niccolò, Gianluca"),
        _families("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, "
                  "Greco, Bruno, Gallo, Conti, De Luca, Mancini, Fontana, D'Amico"),
        ("Milano, Italy", "Roma, Italy", "Torino, Italy", "Bologna, Italy", "Napoli, Italy",
         "Pisa, Italy", "Trento, Italy"),
        ("gmail.com", "libero.it", "hotmail.it", "outlook.it"),
        ("iGenius", "Translated", "Satispay", "Bending Spoons", "Prima Assicurazioni",
         "Leonardo Labs", "UniCredit", "Yoox Net-a-Porter"),
    ),
    Locale(
        "nl_be", 2,
        _names("Sanne, Femke, Lotte, Anouk, Eva, Iris, Fleur, Marieke, Noor"),
        _names("Daan, Sem, Bram, Thijs, Joris, Ruben, Stijn, Jeroen, Pieter, Maarten"),
        _families("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, "
                  "Meijer, de Boer, Mulder, de Groot, Bos, Hendriks, van der Meer, Dekker, "
                  "Peeters, Maes"),
        ("Amsterdam, Netherlands", "Rotterdam, Netherlands", "Utrecht, Netherlands",
         "Eindhoven, Netherlands", "Delft, Netherlands", "Den Haag, Netherlands",
         "Antwerpen, Belgium", "Gent, Belgium"),
        ("gmail.com", "ziggo.nl", "hotmail.nl", "telenet.be"),
        ("Booking.com", "Adyen", "ASML", "Picnic", "Mollie", "Elastic", "TomTom", "Weaviate",
         "Philips Research", "Collibra"),
    ),
    Locale(
        "nordic", 3,
        _names("Ingrid, Astrid, Sigrid, Maja, Freja, Ida, Solveig, Linnéa, Elin, Karoline, "
               "Mette, Åsa"),
        _names("Magnus, Søren, Bjørn, Anders, Erik, Lars, Jørgen, Mads, Oskar, Håkon, Emil, "
               "Nils, Frederik"),
        _families("Hansen, Johansen, Nielsen, Jensen, Andersson, Johansson, Karlsson, "
                  "Lindqvist, Bergström, Sørensen, Halvorsen, Dahl, Løvås, Ødegaard, Kjær, "
                  "Strøm, Åberg, Lindgren, Mortensen, Virtanen"),
        ("Oslo, Norway", "Bergen, Norway", "Trondheim, Norway", "København, Denmark",
         "Aarhus, Denmark", "Stockholm, Sweden", "Göteborg, Sweden", "Malmö, Sweden",
         "Helsinki, Finland"),
        ("gmail.com", "hotmail.com", "outlook.com", "live.se", "online.no"),
        ("Spotify", "Klarna", "Kahoot!", "Corti", "Oda", "Schibsted", "Novo Nordisk",
         "Lovable", "Silo AI", "Unity"),
    ),
    Locale(
        "pl", 5,
        _names("Anna, Katarzyna, Magdalena, Agnieszka, Małgorzata, Joanna, Zofia, Aleksandra, "
               "Natalia, Weronika, Julia, Ewa, Paulina"),
        _names("Łukasz, Tomasz, Paweł, Piotr, Krzysztof, Michał, Jakub, Mateusz, Wojciech, "
               "Bartłomiej, Grzegorz, Maciej, Jędrzej"),
        _families("Kowalski/Kowalska, Wiśniewski/Wiśniewska, Nowak, Wójcik, "
                  "Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, "
                  "Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, "
                  "Jankowski/Jankowska, Mazur, Krawczyk, Piotrowski/Piotrowska, Żak, Król, "
                  "Wróbel, Sikora, Pawlak"),
        ("Warszawa, Poland", "Kraków, Poland", "Wrocław, Poland", "Gdańsk, Poland",
         "Poznań, Poland", "Łódź, Poland", "Katowice, Poland"),
        ("gmail.com", "wp.pl", "o2.pl", "interia.pl", "onet.pl"),
        ("Allegro", "DocPlanner", "Brainly", "CD PROJEKT RED", "Synerise", "deepsense.ai",
         "Booksy", "LiveChat", "ElevenLabs", "Nomagic"),
    ),
    Locale(
        "cs", 1,
        _names("Tereza, Eliška, Kateřina, Barbora, Lucie, Veronika, Markéta, Klára, Anežka"),
        _names("Jan, Jakub, Tomáš, Ondřej, Lukáš, Petr, Martin, Vojtěch, Jiří, Matěj"),
        _families("Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, "
                  "Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, "
                  "Horák/Horáková, Němec/Němcová, Pokorný/Pokorná, Růžička/Růžičková"),
        ("Praha, Czechia", "Brno, Czechia", "Ostrava, Czechia", "Plzeň, Czechia"),
        ("gmail.com", "seznam.cz", "email.cz", "centrum.cz"),
        ("Gen Digital", "Rossum", "Kiwi.com", "Productboard", "Seznam.cz", "GoodData",
         "Apify", "Mews"),
    ),
    Locale(
        "hu", 1,
        _names("Anna, Eszter, Zsófia, Réka, Dóra, Katalin, Boglárka, Nóra, Lilla"),
        _names("Bence, Máté, Dávid, Gergő, Ádám, Balázs, Levente, Zoltán, Péter, Tamás"),
        _families("Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, "
                  "Balogh, Papp, Takács, Juhász, Mészáros, Oláh, Rácz, Fekete, Szűcs"),
        ("Budapest, Hungary", "Debrecen, Hungary", "Szeged, Hungary", "Pécs, Hungary"),
        ("gmail.com", "freemail.hu", "citromail.hu"),
        ("Prezi", "LogMeIn", "Bitrise", "Shapr3D", "Turbine AI", "Formlabs", "OTP Bank"),
        family_first=True,
    ),
    Locale(
        "ro", 1.5,
        _names("Andreea, Ioana, Maria, Elena, Alexandra, Bianca, Mădălina, Cristina, Raluca, "
               "Diana"),
        _names("Andrei, Alexandru, Mihai, Ionuț, Ștefan, Radu, Bogdan, Cristian, Răzvan, Vlad, "
               "Tudor"),
        _families("Popescu, Ionescu, Popa, Dumitru, Stoica, Stan, Gheorghe, Munteanu, "
                  "Constantinescu, Rusu, Mureșan, Diaconu, Țurcanu, Lungu, Niculescu"),
        ("București, Romania", "Cluj-Napoca, Romania", "Iași, Romania", "Timișoara, Romania",
         "Brașov, Romania"),
        ("gmail.com", "yahoo.com", "yahoo.ro"),
        ("UiPath", "Bitdefender", "eMAG", "Tremend", "Endava", "Fortech", "FintechOS"),
    ),
    Locale(
        "tr", 3,
        _names("Elif, Zeynep, Ayşe, Fatma, Merve, Büşra, Selin, Ebru, Deniz, Gizem, İrem, Özge"),
        _names("Mehmet, Mustafa, Ahmet, Emre, Burak, Can, Oğuz, Barış, Çağrı, Onur, Serkan, "
               "Uğur, Kerem, İlker"),
        _families("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, "
                  "Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Koç, Kurt, Güneş"),
        ("İstanbul, Türkiye", "Ankara, Türkiye", "İzmir, Türkiye", "Eskişehir, Türkiye",
         "Bursa, Türkiye"),
        ("gmail.com", "gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"),
        ("Trendyol", "Getir", "Peak Games", "Insider", "Hepsiburada", "Dream Games", "Papara",
         "Turkcell"),
    ),
    Locale(
        "el", 2,
        _names("Μαρία=Maria, Ελένη=Eleni, Αικατερίνη=Katerina, Γεωργία=Georgia, "
               "Δήμητρα=Dimitra, Σοφία=Sofia, Αναστασία=Anastasia, Χριστίνα=Christina, "
               "Ιωάννα=Ioanna, Βασιλική=Vasiliki"),
        _names("Γιώργος=Giorgos, Δημήτρης=Dimitris, Νίκος=Nikos, Κώστας=Kostas, "
               "Γιάννης=Giannis, Παναγιώτης=Panagiotis, Αλέξανδρος=Alexandros, "
               "Χρήστος=Christos, Σπύρος=Spyros, Θανάσης=Thanasis"),
        _families("Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou, "
                  "Παπαδάκης/Παπαδάκη=Papadakis/Papadaki, Γεωργίου=Georgiou, "
                  "Οικονόμου=Oikonomou, Νικολάου=Nikolaou, Βασιλείου=Vasileiou, "
                  "Παπαγεωργίου=Papageorgiou, Καραγιάννης/Καραγιάννη=Karagiannis/Karagianni, "
                  "Αντωνίου=Antoniou, Μαυρίδης/Μαυρίδου=Mavridis/Mavridou, "
                  "Δημητρίου=Dimitriou, Κωνσταντίνου=Konstantinou"),
        ("Athens, Greece", "Thessaloniki, Greece", "Patras, Greece", "Heraklion, Greece",
         "Limassol, Cyprus"),
        ("gmail.com", "yahoo.gr", "hotmail.com", "outlook.com"),
        ("Workable", "Skroutz", "Blueground", "Viva Wallet", "Intracom", "Causaly",
         "Hack The Box"),
        native_script=True, latin_share=0.35,
    ),
    Locale(
        "ru", 3,
        _names("Анна=Anna, Мария=Maria, Екатерина=Ekaterina, Ольга=Olga, Наталья=Natalia, "
               "Дарья=Daria, Ксения=Ksenia, Алина=Alina, Юлия=Yulia, Елизавета=Elizaveta"),
        _names("Дмитрий=Dmitry, Алексей=Alexey, Сергей=Sergey, Андрей=Andrey, Иван=Ivan, "
               "Максим=Maxim, Никита=Nikita, Михаил=Mikhail, Артём=Artem, Павел=Pavel, "
               "Егор=Egor"),
        _families("Иванов/Иванова=Ivanov/Ivanova, Смирнов/Смирнова=Smirnov/Smirnova, "
                  "Кузнецов/Кузнецова=Kuznetsov/Kuznetsova, Попов/Попова=Popov/Popova, "
                  "Соколов/Соколова=Sokolov/Sokolova, Лебедев/Лебедева=Lebedev/Lebedeva, "
                  "Козлов/Козлова=Kozlov/Kozlova, Новиков/Новикова=Novikov/Novikova, "
                  "Морозов/Морозова=Morozov/Morozova, Волков/Волкова=Volkov/Volkova, "
                  "Орлов/Орлова=Orlov/Orlova, Фёдоров/Фёдорова=Fedorov/Fedorova"),
        ("Moscow, Russia", "Saint Petersburg, Russia", "Novosibirsk, Russia",
         "Belgrade, Serbia", "Tbilisi, Georgia", "Yerevan, Armenia", "Limassol, Cyprus",
         "Berlin, Germany"),
        ("gmail.com", "yandex.ru", "mail.ru", "proton.me"),
        ("Yandex", "JetBrains", "Kaspersky", "T-Bank", "Avito", "Nebius", "Acronis",
         "Toloka AI"),
        native_script=True, latin_share=0.35,
    ),
    Locale(
        "uk", 4,
        _names("Олена=Olena, Оксана=Oksana, Ірина=Iryna, Наталія=Nataliia, Юлія=Yuliia, "
               "Анастасія=Anastasiia, Тетяна=Tetiana, Катерина=Kateryna, Софія=Sofiia, "
               "Дарина=Daryna"),
        _names("Олександр=Oleksandr, Андрій=Andrii, Дмитро=Dmytro, Сергій=Serhii, "
               "Максим=Maksym, Олег=Oleh, Тарас=Taras, Богдан=Bohdan, Євген=Yevhen, "
               "Ярослав=Yaroslav, Віталій=Vitalii"),
        _families("Шевченко=Shevchenko, Коваленко=Kovalenko, Бондаренко=Bondarenko, "
                  "Ткаченко=Tkachenko, Кравченко=Kravchenko, Мельник=Melnyk, Бойко=Boiko, "
                  "Коваль=Koval, Олійник=Oliinyk, Лисенко=Lysenko, Руденко=Rudenko, "
                  "Марченко=Marchenko, Савчук=Savchuk, Петрівський/Петрівська=Petrivskyi/"
                  "Petrivska, Гнатюк=Hnatiuk"),
        ("Kyiv, Ukraine", "Lviv, Ukraine", "Kharkiv, Ukraine", "Dnipro, Ukraine",
         "Odesa, Ukraine", "Warszawa, Poland", "Kraków, Poland", "Berlin, Germany"),
        ("gmail.com", "ukr.net", "i.ua", "gmail.com"),
        ("Grammarly", "MacPaw", "Preply", "SoftServe", "EPAM", "Reface", "Respeecher",
         "Ajax Systems"),
        native_script=True, latin_share=0.35,
    ),
    Locale(
        "zh", 6,
        _names("雨涵=Yuhan, 欣怡=Xinyi, 思琪=Siqi, 梓涵=Zihan, 晓婷=Xiaoting, 佳怡=Jiayi, 婷=Ting, "
               "敏=Min, 静怡=Jingyi, 诗雨=Shiyu, 慧=Hui, 丽娜=Lina"),
        _names("伟=Wei, 浩然=Haoran, 子轩=Zixuan, 宇航=Yuhang, 俊杰=Junjie, 磊=Lei, 强=Qiang, "
               "志明=Zhiming, 博文=Bowen, 天宇=Tianyu, 文杰=Wenjie, 明=Ming"),
        _families("王=Wang, 李=Li, 张=Zhang, 刘=Liu, 陈=Chen, 杨=Yang, 黄=Huang, 赵=Zhao, 吴=Wu, "
                  "周=Zhou, 徐=Xu, 孙=Sun, 马=Ma, 朱=Zhu, 胡=Hu, 郭=Guo, 林=Lin, 何=He, 高=Gao, "
                  "罗=Luo"),
        ("Beijing, China", "Shanghai, China", "Shenzhen, China", "Hangzhou, China",
         "Singapore", "Hong Kong, Hong Kong", "Zürich, Switzerland", "Seattle, United States",
         "London, United Kingdom"),
        ("qq.com", "163.com", "gmail.com", "outlook.com", "126.com"),
        ("ByteDance", "Alibaba DAMO Academy", "Tencent", "Baidu", "SenseTime", "Huawei",
         "Meituan", "Zhipu AI", "Moonshot AI", "DeepSeek"),
        native_script=True, latin_share=0.4, family_first=True, joiner="",
    ),
    Locale(
        "ja", 2,
        _names("美咲=Misaki, 陽菜=Hina, 結衣=Yui, さくら=Sakura, あおい=Aoi, 真由美=Mayumi, "
               "優子=Yuko, ひかり=Hikari, 七海=Nanami, 彩=Aya, ナオミ=Naomi"),
        _names("翔太=Shota, 大輔=Daisuke, 健太=Kenta, 拓也=Takuya, 蓮=Ren, 悠斗=Yuto, 直樹=Naoki, "
               "誠=Makoto, 亮=Ryo, 隼人=Hayato, ケン=Ken"),
        _families("佐藤=Sato, 鈴木=Suzuki, 高橋=Takahashi, 田中=Tanaka, 伊藤=Ito, 渡辺=Watanabe, "
                  "山本=Yamamoto, 中村=Nakamura, 小林=Kobayashi, 加藤=Kato, 吉田=Yoshida, "
                  "山田=Yamada, 松本=Matsumoto, 井上=Inoue, 木村=Kimura"),
        ("Tokyo, Japan", "Osaka, Japan", "Kyoto, Japan", "Fukuoka, Japan", "Sapporo, Japan"),
        ("gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"),
        ("Preferred Networks", "Sakana AI", "LY Corporation", "Mercari", "Rakuten",
         "Sony AI", "SmartNews", "Woven by Toyota"),
        native_script=True, latin_share=0.3, family_first=True,
    ),
    Locale(
        "ko", 2,
        _names("서연=Seo-yeon, 지우=Ji-woo, 민서=Min-seo, 하은=Ha-eun, 수빈=Su-bin, 지민=Ji-min, "
               "예린=Ye-rin, 유진=Yu-jin, 혜진=Hye-jin, 은지=Eun-ji"),
        _names("민준=Min-jun, 서준=Seo-jun, 도윤=Do-yun, 지훈=Ji-hoon, 현우=Hyun-woo, 준호=Jun-ho, "
               "성민=Sung-min, 태현=Tae-hyun, 동현=Dong-hyun, 재원=Jae-won"),
        _families("김=Kim, 이=Lee, 박=Park, 최=Choi, 정=Jung, 강=Kang, 조=Cho, 윤=Yoon, 장=Jang, "
                  "임=Lim, 한=Han, 오=Oh, 신=Shin, 서=Seo"),
        ("Seoul, South Korea", "Seongnam, South Korea", "Busan, South Korea",
         "Daejeon, South Korea"),
        ("naver.com", "gmail.com", "kakao.com", "daum.net"),
        ("Naver Cloud", "Kakao Brain", "Upstage", "LG AI Research", "Samsung Research",
         "Coupang", "Krafton", "Riiid"),
        native_script=True, latin_share=0.35, family_first=True, joiner="",
    ),
    Locale(
        "vi", 3,
        _names("Thị Lan=Lan, Ngọc Anh=Anh, Thu Hà=Ha, Thị Hương=Huong, Minh Thư=Thu, "
               "Phương Linh=Linh, Thanh Hằng=Hang, Bảo Ngọc=Ngoc, Thùy Dung=Dung, "
               "Khánh Linh=Khanhlinh"),
        _names("Văn Minh=Minh, Đức Anh=Ducanh, Quang Huy=Huy, Minh Tuấn=Tuan, Hoàng Nam=Nam, "
               "Văn Hùng=Hung, Thành Long=Long, Quốc Bảo=Bao, Hữu Phước=Phuoc, "
               "Tiến Dũng=Dung"),
        _families("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, "
                  "Dương, Lý"),
        ("Hà Nội, Vietnam", "Thành phố Hồ Chí Minh, Vietnam", "Đà Nẵng, Vietnam",
         "Singapore", "Melbourne, Australia"),
        ("gmail.com", "gmail.com", "yahoo.com.vn", "outlook.com"),
        ("VNG", "FPT Software", "Viettel", "MoMo", "Tiki", "VinAI", "Zalo", "Got It"),
        family_first=True,
    ),
    Locale(
        "id", 2,
        _names("Siti, Putri, Dewi, Ayu, Rina, Fitri, Nur, Intan, Sri, Anisa, Kartika"),
        _names("Budi, Agus, Rizky, Dimas, Adi, Eko, Fajar, Hendra, Bayu, Arif, Yoga"),
        _families("Santoso, Wijaya, Saputra, Hidayat, Pratama, Kusuma, Nugroho, Setiawan, "
                  "Gunawan, Halim, Susanto, Wibowo, Siregar, Simanjuntak, Nasution"),
        ("Jakarta, Indonesia", "Bandung, Indonesia", "Surabaya, Indonesia",
         "Yogyakarta, Indonesia", "Denpasar, Indonesia"),
        ("gmail.com", "gmail.com", "yahoo.co.id", "outlook.com"),
        ("Gojek", "Tokopedia", "Traveloka", "Bukalapak", "Shopee", "Kata.ai", "Nodeflux",
         "Xendit"),
        mononym=0.15,
    ),
    Locale(
        "th", 1,
        _names("สุภาพร=Supaporn, ณัฐธิดา=Natthida, พิมพ์ชนก=Pimchanok, กมลวรรณ=Kamonwan, "
               "ปิยะนุช=Piyanuch, อรุณี=Arunee"),
        _names("ธนากร=Thanakorn, ณัฐวุฒิ=Nattawut, สมชาย=Somchai, ภาณุ=Panu, "
               "วีระพงษ์=Weerapong, กิตติพัฒน์=Kittipat"),
        _families("สุขสวัสดิ์=Suksawat, ศรีสุข=Srisuk, วงศ์ไทย=Wongthai, แก้วมณี=Kaewmanee, "
                  "บุญมา=Boonma, ทองดี=Thongdee, รัตนพันธ์=Rattanaphan, จันทร์เพ็ญ=Chanpen"),
        ("Bangkok, Thailand", "Chiang Mai, Thailand", "Khon Kaen, Thailand"),
        ("gmail.com", "hotmail.com", "outlook.co.th"),
        ("Agoda", "LINE MAN Wongnai", "SCB 10X", "KBTG", "VISAI.AI", "Ascend Money"),
        native_script=True, latin_share=0.4,
    ),
    Locale(
        "hi", 8,
        _names("अनन्या=Ananya, प्रिया=Priya, दिव्या=Divya, नेहा=Neha, पूजा=Pooja, श्रेया=Shreya, "
               "कविता=Kavita, आरती=Aarti, स्नेहा=Sneha, ईशा=Isha, रिया=Riya, तन्वी=Tanvi"),
        _names("राहुल=Rahul, अमित=Amit, विकास=Vikas, अर्जुन=Arjun, रोहन=Rohan, आदित्य=Aditya, "
               "सौरभ=Saurabh, अंकित=Ankit, विवेक=Vivek, करण=Karan, अभिषेक=Abhishek, "
               "निखिल=Nikhil"),
        _families("शर्मा=Sharma, वर्मा=Verma, गुप्ता=Gupta, सिंह=Singh, कुमार=Kumar, "
                  "अग्रवाल=Agarwal, मिश्रा=Mishra, जोशी=Joshi, पटेल=Patel, यादव=Yadav, "
                  "चौहान=Chauhan, त्रिपाठी=Tripathi, मेहता=Mehta, श्रीवास्तव=Srivastava, "
                  "बंसल=Bansal"),
        ("Bengaluru, India", "New Delhi, India", "Gurugram, India", "Noida, India",
         "Mumbai, India", "Pune, India", "Hyderabad, India", "Jaipur, India"),
        ("gmail.com", "gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"),
        ("Flipkart", "Swiggy", "Zomato", "Razorpay", "Krutrim", "Sarvam AI", "TCS Research",
         "Infosys", "Microsoft Research India", "Google India"),
        native_script=True, latin_share=0.7,
    ),
    Locale(
        "ta", 1.5,
        _names("கவியா=Kaviya, மீனா=Meena, லக்ஷ்மி=Lakshmi, திவ்யா=Divya, ஐஸ்வர்யா=Aishwarya, "
               "நந்தினி=Nandhini, சுதா=Sudha, பிரியா=Priya"),
        _names("கார்த்திக்=Karthik, அருண்=Arun, விக்னேஷ்=Vignesh, சுரேஷ்=Suresh, "
               "பிரகாஷ்=Prakash, செந்தில்=Senthil, முருகன்=Murugan, ராஜேஷ்=Rajesh, "
               "கணேஷ்=Ganesh"),
        _families("சுப்பிரமணியன்=Subramanian, ராமசாமி=Ramasamy, கிருஷ்ணன்=Krishnan, "
                  "வெங்கடேசன்=Venkatesan, ராஜேந்திரன்=Rajendran, சுந்தரம்=Sundaram, "
                  "பாலசுப்பிரமணியம்=Balasubramaniam, நடராஜன்=Natarajan, ராமன்=Raman"),
        ("Chennai, India", "Coimbatore, India", "Madurai, India", "Colombo, Sri Lanka",
         "Jaffna, Sri Lanka", "Singapore"),
        ("gmail.com", "gmail.com", "yahoo.com", "outlook.com"),
        ("Freshworks", "Zoho", "Chargebee", "Saama", "WSO2", "Sysco LABS"),
        native_script=True, latin_share=0.7,
    ),
    Locale(
        "te", 1,
        _names("లక్ష్మి=Lakshmi, శ్రావ్య=Sravya, హారిక=Harika, దీపిక=Deepika, స్వాతి=Swathi, "
               "మౌనిక=Mounika, సాహితి=Sahithi"),
        _names("వెంకట్=Venkat, శ్రీనివాస్=Srinivas, రవి=Ravi, సాయి=Sai, కిరణ్=Kiran, "
               "మహేష్=Mahesh, చైతన్య=Chaitanya, ప్రణీత్=Praneeth"),
        _families("రెడ్డి=Reddy, నాయుడు=Naidu, రావు=Rao, చౌదరి=Chowdary, వర్మ=Varma, "
                  "గౌడ్=Goud, శర్మ=Sarma, కొండా=Konda"),
        ("Hyderabad, India", "Vijayawada, India", "Visakhapatnam, India", "Bengaluru, India",
         "Dallas, United States"),
        ("gmail.com", "gmail.com", "yahoo.com", "outlook.com"),
        ("Microsoft IDC", "Amazon", "Qualcomm", "Darwinbox", "Keka", "Innovaccer"),
        native_script=True, latin_share=0.75,
    ),
    Locale(
        "ml", 1,
        _names("അഞ്ജലി=Anjali, ലക്ഷ്മി=Lakshmi, അനു=Anu, ശ്രുതി=Sruthi, ദിവ്യ=Divya, "
               "മീര=Meera, ആതിര=Athira"),
        _names("അർജുൻ=Arjun, വിഷ്ണു=Vishnu, അഖിൽ=Akhil, രാഹുൽ=Rahul, ജിതിൻ=Jithin, "
               "അനൂപ്=Anoop, ശ്രീജിത്ത്=Sreejith"),
        _families("നായർ=Nair, മേനോൻ=Menon, പിള്ള=Pillai, കുറുപ്പ്=Kurup, വർഗീസ്=Varghese, "
                  "ജോസഫ്=Joseph, തോമസ്=Thomas, കുര്യൻ=Kurian"),
        ("Kochi, India", "Thiruvananthapuram, India", "Kozhikode, India", "Bengaluru, India",
         "Dubai, United Arab Emirates"),
        ("gmail.com", "gmail.com", "yahoo.co.in", "outlook.com"),
        ("UST", "IBS Software", "Experion", "Tata Elxsi", "Fingent", "Sarvam AI"),
        native_script=True, latin_share=0.75,
    ),
    Locale(
        "bn", 1.5,
        _names("ফাতেমা=Fatema, নুসরাত=Nusrat, তাসনিম=Tasnim, সুমাইয়া=Sumaiya, মিম=Mim, "
               "তানিয়া=Tania, অদিতি=Aditi, শ্রেয়া=Shreya"),
        _names("রাকিব=Rakib, তানভীর=Tanvir, সাকিব=Sakib, মাহমুদ=Mahmud, আরিফ=Arif, "
               "ইমরান=Imran, সৌরভ=Sourav, অনির্বাণ=Anirban"),
        _families("রহমান=Rahman, হোসেন=Hossain, ইসলাম=Islam, আহমেদ=Ahmed, চৌধুরী=Chowdhury, "
                  "সরকার=Sarkar, দাস=Das, বন্দ্যোপাধ্যায়=Banerjee, মুখোপাধ্যায়=Mukherjee, "
                  "সেন=Sen"),
        ("Dhaka, Bangladesh", "Chattogram, Bangladesh", "Sylhet, Bangladesh",
         "Kolkata, India"),
        ("gmail.com", "gmail.com", "yahoo.com", "outlook.com"),
        ("Brain Station 23", "bKash", "Pathao", "Therap", "Cefalo", "Optimizely"),
        native_script=True, latin_share=0.6,
    ),
    Locale(
        "pk", 1.5,
        _names("Ayesha, Fatima, Hira, Sana, Maryam, Mahnoor, Zainab, Iqra, Amna"),
        _names("Muhammad, Ali, Usman, Hamza, Bilal, Ahmed, Faisal, Saad, Hassan, Zain"),
        _families("Khan, Ahmed, Malik, Qureshi, Sheikh, Butt, Chaudhry, Siddiqui, Raza, Iqbal, "
                  "Javed, Hussain, Abbasi"),
        ("Lahore, Pakistan", "Karachi, Pakistan", "Islamabad, Pakistan",
         "Dubai, United Arab Emirates"),
        ("gmail.com", "gmail.com", "hotmail.com", "outlook.com"),
        ("Systems Ltd", "Arbisoft", "Afiniti", "Motive", "Bazaar", "Jazz", "10Pearls"),
    ),
    Locale(
        "ar", 3,
        _names("فاطمة=Fatima, مريم=Mariam, نور=Nour, سارة=Sara, ليلى=Layla, هدى=Huda, ريم=Reem, "
               "ياسمين=Yasmin, دينا=Dina, سلمى=Salma"),
        _names("محمد=Mohamed, أحمد=Ahmed, عمر=Omar, يوسف=Youssef, خالد=Khaled, علي=Ali, "
               "كريم=Karim, طارق=Tarek, حسن=Hassan, مصطفى=Mostafa, عبد الله=Abdullah"),
        _families("الفارسي=Al-Farsi, حداد=Haddad, المنصوري=Al-Mansouri, الشمري=Al-Shammari, "
                  "عبد الرحمن=Abdelrahman, إبراهيم=Ibrahim, السيد=El-Sayed, الخطيب=Al-Khatib, "
                  "النجار=Al-Najjar, منصور=Mansour, سليمان=Soliman, عثمان=Osman"),
        ("Cairo, Egypt", "Alexandria, Egypt", "Amman, Jordan", "Dubai, United Arab Emirates",
         "Abu Dhabi, United Arab Emirates", "Riyadh, Saudi Arabia", "Beirut, Lebanon",
         "Casablanca, Morocco", "Tunis, Tunisia"),
        ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com"),
        ("Careem", "Talabat", "G42", "Noon", "Instabug", "Swvl", "Anghami", "Vodafone Egypt",
         "Technology Innovation Institute"),
        native_script=True, latin_share=0.45,
    ),
    Locale(
        "fa", 2.5,
        _names("سارا=Sara, مریم=Maryam, زهرا=Zahra, نگار=Negar, پریسا=Parisa, شیوا=Shiva, "
               "نازنین=Nazanin, الهام=Elham, یاسمن=Yasaman, آیدا=Aida"),
        _names("علی=Ali, محمد=Mohammad, رضا=Reza, امیر=Amir, حسین=Hossein, مهدی=Mehdi, "
               "آرش=Arash, کیان=Kian, بهنام=Behnam, پویا=Pouya, سینا=Sina"),
        _families("محمدی=Mohammadi, حسینی=Hosseini, رضایی=Rezaei, احمدی=Ahmadi, کریمی=Karimi, "
                  "موسوی=Mousavi, جعفری=Jafari, صادقی=Sadeghi, رحیمی=Rahimi, تهرانی=Tehrani, "
                  "نوروزی=Nowrouzi, کاظمی=Kazemi, اکبری=Akbari, قاسمی=Ghasemi"),
        ("Tehran, Iran", "Isfahan, Iran", "Shiraz, Iran", "Tabriz, Iran", "Toronto, Canada",
         "München, Germany", "Vancouver, Canada"),
        ("gmail.com", "gmail.com", "yahoo.com", "outlook.com"),
        ("Digikala", "Cafe Bazaar", "Snapp", "Divar", "Tapsi", "Sharif AI Lab"),
        native_script=True, latin_share=0.55,
    ),
    Locale(
        "he", 2,
        _names("נועה=Noa, מאיה=Maya, תמר=Tamar, שירה=Shira, יעל=Yael, מיכל=Michal, רוני=Roni, "
               "הילה=Hila, אביגיל=Avigail"),
        _names("יונתן=Yonatan, איתי=Itai, עומר=Omer, דניאל=Daniel, אורי=Uri, נועם=Noam, "
               "אלון=Alon, גיא=Guy, עידו=Ido, אביב=Aviv"),
        _families("כהן=Cohen, לוי=Levi, מזרחי=Mizrahi, פרץ=Peretz, ביטון=Biton, "
                  "אברהם=Avraham, פרידמן=Friedman, שפירא=Shapira, גולדברג=Goldberg, "
                  "אזולאי=Azoulay, רוזנברג=Rosenberg, בן דוד=Ben-David, אשכנזי=Ashkenazi"),
        ("Tel Aviv, Israel", "Haifa, Israel", "Jerusalem, Israel", "Herzliya, Israel",
         "Be'er Sheva, Israel"),
        ("gmail.com", "gmail.com", "walla.co.il", "outlook.com"),
        ("Wix", "Mobileye", "AI21 Labs", "Lightricks", "monday.com", "Run:ai", "Check Point",
         "Taboola"),
        native_script=True, latin_share=0.45,
    ),
    Locale(
        "ng", 3,
        _names("Chiamaka, Ngozi, Adaeze, Funmilayo, Temitope, Aisha, Zainab, Ifeoma, Folake, "
               "Yetunde, Blessing, Ọlámidé"),
        _names("Chukwuemeka, Oluwaseun, Tunde, Adebayo, Emeka, Ifeanyi, Babatunde, Olumide, "
               "Ibrahim, Musa, Obinna, Segun, Kelechi"),
        _families("Okafor, Adeyemi, Okonkwo, Adébáyọ̀, Balogun, Eze, Nwosu, Ogunleye, Bello, "
                  "Abubakar, Okoro, Olawale, Ibekwe, Adeleke, Ogunbanjo"),
        ("Lagos, Nigeria", "Abuja, Nigeria", "Ibadan, Nigeria", "Port Harcourt, Nigeria",
         "Enugu, Nigeria", "London, United Kingdom", "Toronto, Canada"),
        ("gmail.com", "gmail.com", "yahoo.com", "outlook.com"),
        ("Flutterwave", "Paystack", "Andela", "Moniepoint", "Kuda", "Interswitch", "InstaDeep",
         "Data Science Nigeria"),
    ),
    Locale(
        "ke", 2,
        _names("Wanjiru, Akinyi, Njeri, Achieng, Wambui, Faith, Mercy, Nyambura, Atieno, "
               "Chebet, Wairimu"),
        _names("Kamau, Otieno, Kipchoge, Mwangi, Omondi, Brian, Kevin, Kiprono, Odhiambo, "
               "Njoroge, Wekesa"),
        _families("Mwangi, Otieno, Kamau, Wanjiku, Ochieng, Kiprop, Mutua, Njoroge, Kariuki, "
                  "Onyango, Ndungu, Wafula, Chege, Kibet"),
        ("Nairobi, Kenya", "Mombasa, Kenya", "Kisumu, Kenya", "Nakuru, Kenya",
         "Kampala, Uganda"),
        ("gmail.com", "gmail.com", "yahoo.com", "outlook.com"),
        ("Safaricom", "M-KOPA", "Twiga Foods", "Cellulant", "Microsoft ADC", "IBM Research Africa",
         "Sendy"),
    ),
    Locale(
        "am", 0.7,
        _names("ሰላም=Selam, ቤተልሔም=Betelhem, መቅደስ=Mekdes, ትዕግስት=Tigist, ሃና=Hana, "
               "ብርቱካን=Birtukan"),
        _names("አበበ=Abebe, ዳዊት=Dawit, ዮናስ=Yonas, ሚካኤል=Mikael, ቴዎድሮስ=Tewodros, "
               "ሰለሞን=Solomon, ብሩክ=Biruk"),
        _families("ተስፋዬ=Tesfaye, አለሙ=Alemu, በቀለ=Bekele, ግርማ=Girma, ኃይሌ=Haile, ወልዴ=Wolde, "
                  "ታደሰ=Tadesse, ደሳለኝ=Desalegn"),
        ("Addis Ababa, Ethiopia", "Bahir Dar, Ethiopia", "Hawassa, Ethiopia"),
        ("gmail.com", "gmail.com", "yahoo.com"),
        ("iCog Labs", "Ethio Telecom", "Gebeya", "Kifiya", "Safaricom Ethiopia"),
        native_script=True, latin_share=0.5,
    ),
    Locale(
        "ka", 0.7,
        _names("ნინო=Nino, მარიამ=Mariam, ანა=Ana, თამარ=Tamar, ნათია=Natia, სალომე=Salome, "
               "ეკატერინე=Ekaterine"),
        _names("გიორგი=Giorgi, დავით=Davit, ლუკა=Luka, ნიკოლოზ=Nikoloz, ლევან=Levan, "
               "ირაკლი=Irakli, ალექსანდრე=Aleksandre"),
        _families("ბერიძე=Beridze, მაისურაძე=Maisuradze, კაპანაძე=Kapanadze, "
                  "გელაშვილი=Gelashvili, ლომიძე=Lomidze, ჯაფარიძე=Japaridze, "
                  "ხუციშვილი=Khutsishvili, ნოზაძე=Nozadze"),
        ("Tbilisi, Georgia", "Batumi, Georgia", "Kutaisi, Georgia"),
        ("gmail.com", "gmail.com", "yahoo.com"),
        ("TBC Bank", "Bank of Georgia", "Singular", "Redberry", "Pulsar AI"),
        native_script=True, latin_share=0.4,
    ),
    Locale(
        "hy", 0.7,
        _names("Անի=Ani, Մարիամ=Mariam, Նարե=Nare, Լիլիթ=Lilit, Անահիտ=Anahit, Սոնա=Sona"),
        _names("Արմեն=Armen, Դավիթ=Davit, Տիգրան=Tigran, Հայկ=Hayk, Նարեկ=Narek, Գոռ=Gor, "
               "Արամ=Aram"),
        _families("Հովհաննիսյան=Hovhannisyan, Սարգսյան=Sargsyan, Գրիգորյան=Grigoryan, "
                  "Պետրոսյան=Petrosyan, Հարությունյան=Harutyunyan, Խաչատրյան=Khachatryan, "
                  "Ավետիսյան=Avetisyan, Մկրտչյան=Mkrtchyan"),
        ("Yerevan, Armenia", "Gyumri, Armenia", "Glendale, United States"),
        ("gmail.com", "gmail.com", "mail.ru", "yahoo.com"),
        ("Picsart", "Krisp", "ServiceTitan", "SuperAnnotate", "Synopsys", "Podcastle"),
        native_script=True, latin_share=0.4,
    ),
)

#: Where people move for work: some candidates of every locale live in one of these.
HUBS: tuple[str, ...] = (
    "Berlin, Germany", "London, United Kingdom", "Amsterdam, Netherlands", "Lisboa, Portugal",
    "Barcelona, Spain", "Zürich, Switzerland", "Dublin, Ireland", "Toronto, Canada",
    "San Francisco, United States", "New York, United States", "Singapore",
    "Dubai, United Arab Emirates", "Warszawa, Poland", "München, Germany", "Paris, France",
    "Stockholm, Sweden", "Sydney, Australia",
)

#: Country → how a mobile number is written there ('#' is a digit).
PHONES: dict[str, str] = {
    "United States": "+1 (###) ###-####", "Canada": "+1 ###-###-####",
    "United Kingdom": "+44 7### ######", "Ireland": "+353 8# ### ####",
    "Germany": "+49 15# ########", "Austria": "+43 66# #######",
    "Switzerland": "+41 7# ### ## ##", "France": "+33 6 ## ## ## ##",
    "Belgium": "+32 4## ## ## ##", "Spain": "+34 6## ### ###", "Portugal": "+351 9## ### ###",
    "Italy": "+39 3## ### ####", "Netherlands": "+31 6 ########", "Norway": "+47 ### ## ###",
    "Denmark": "+45 ## ## ## ##", "Sweden": "+46 7# ### ## ##", "Finland": "+358 4# ### ####",
    "Poland": "+48 ### ### ###", "Czechia": "+420 ### ### ###", "Hungary": "+36 ## ### ####",
    "Romania": "+40 7## ### ###", "Türkiye": "+90 5## ### ## ##", "Greece": "+30 69# ### ####",
    "Cyprus": "+357 9# ######", "Serbia": "+381 6# ### ####", "Russia": "+7 9## ###-##-##",
    "Ukraine": "+380 ## ### ## ##", "Georgia": "+995 5## ## ## ##", "Armenia": "+374 ## ######",
    "China": "+86 1## #### ####", "Hong Kong": "+852 #### ####", "Singapore": "+65 #### ####",
    "Japan": "+81 90-####-####", "South Korea": "+82 10-####-####",
    "Vietnam": "+84 9# ### ## ##", "Indonesia": "+62 8##-####-####",
    "Thailand": "+66 8#-###-####", "India": "+91 ##### #####", "Sri Lanka": "+94 7# ### ####",
    "Bangladesh": "+880 1###-######", "Pakistan": "+92 3## #######",
    "Egypt": "+20 1## ### ####", "Jordan": "+962 7 #### ####",
    "United Arab Emirates": "+971 5# ### ####", "Saudi Arabia": "+966 5# ### ####",
    "Lebanon": "+961 ## ### ###", "Morocco": "+212 6## ### ###", "Tunisia": "+216 ## ### ###",
    "Iran": "+98 9## ### ####", "Israel": "+972 5#-###-####", "Nigeria": "+234 8## ### ####",
    "Kenya": "+254 7## ######", "Uganda": "+256 7## ######", "Ethiopia": "+251 9## ### ###",
    "Mexico": "+52 55 #### ####", "Argentina": "+54 9 11 ####-####",
    "Colombia": "+57 3## ### ####", "Chile": "+56 9 #### ####", "Peru": "+51 9## ### ###",
    "Uruguay": "+598 9# ### ###", "Brazil": "+55 11 9####-####", "Australia": "+61 4## ### ###",
}

GLOBAL_MAIL: tuple[str, ...] = (*_COMMON_MAIL, "hotmail.com", "icloud.com", "yahoo.com")
GLOBAL_COMPANIES: tuple[str, ...] = (
    "Google", "Microsoft", "Amazon", "Meta", "Apple", "NVIDIA", "IBM Research", "Spotify",
    "Booking.com", "Zalando", "Shopify", "Datadog", "Hugging Face", "Canonical", "GitLab",
    "Freelance", "Independent consultant", "Stealth startup",
)
UNIVERSITIES: tuple[str, ...] = (
    "ETH Zürich", "TU München", "University of Cambridge", "EPFL", "KAIST", "Tsinghua University",
    "IIT Bombay", "University of Toronto", "Technion", "University of Tokyo",
    "Sorbonne Université", "University of Warsaw", "Universidade de São Paulo", "Mila",
    "University of Amsterdam", "Max Planck Institute for Intelligent Systems", "KTH",
    "University of Edinburgh", "Carnegie Mellon University", "University of Lagos",
)
ACADEMIC_TITLES: tuple[str, ...] = ("PhD candidate", "Postdoctoral researcher",
                                    "Research assistant", "PhD candidate (final year)")

#: What people who apply for a track do now.
TITLES: dict[Track, tuple[str, ...]] = {
    Track.ML_ENGINEER: ("Machine Learning Engineer", "Senior ML Engineer", "ML Engineer II",
                        "Software Engineer, ML", "Applied Scientist", "Backend Engineer",
                        "AI Engineer"),
    Track.DATA_SCIENTIST: ("Data Scientist", "Senior Data Scientist", "Research Scientist",
                           "Applied Scientist", "Quantitative Analyst", "ML Researcher"),
    Track.MLOPS: ("MLOps Engineer", "Platform Engineer", "DevOps Engineer",
                  "Site Reliability Engineer", "ML Infrastructure Engineer"),
    Track.DATA_ENGINEER: ("Data Engineer", "Senior Data Engineer", "Analytics Engineer",
                          "ETL Developer", "Big Data Engineer"),
    Track.ML_LEAD: ("Head of Machine Learning", "Staff ML Engineer", "ML Team Lead",
                    "Principal Data Scientist", "Director of AI", "Fractional Head of AI"),
    Track.SOFTWARE_ENGINEER: ("Software Engineer", "Senior Software Engineer",
                              "Full-stack Developer", "Backend Engineer", "Frontend Engineer"),
    Track.PRODUCT_MANAGER: ("Product Manager", "Senior Product Manager",
                            "Technical Product Manager", "Product Owner"),
    Track.OTHER: ("Operations Manager", "Technical Writer", "Solutions Engineer",
                  "Developer Advocate"),
}

#: Where candidates of each source came from (shown as the source detail).
SOURCE_DETAILS: dict[Source, tuple[str, ...]] = {
    Source.INBOUND: ("Careers page", "LinkedIn job post", "Hacker News: Who is hiring",
                     "Wellfound", "Otta", "Berlin Startup Jobs", "AI Jobs newsletter"),
    Source.REFERRAL: ("Referral", "Ex-colleague referral", "Investor intro"),
    Source.OUTREACH: ("LinkedIn message", "GitHub profile", "Conference talk",
                      "Kaggle profile", "Paper at NeurIPS", "Blog post on model serving"),
    Source.AGENCY: ("Talentwerk", "Hunter & Byte Recruiting", "Nordic Tech Talent"),
    Source.EVENT: ("PyData Berlin", "PyCon DE", "NeurIPS booth", "AI Engineer Summit",
                   "MLOps World", "Hugging Face meetup"),
    Source.COMMUNITY: ("MLOps Community Slack", "Hugging Face Discord", "r/MachineLearning",
                       "Women in AI", "Data Talks Club", "Papers We Love"),
    Source.OTHER: ("Met at a dinner", "Cold e-mail to a founder", "Podcast listener"),
}

#: Referrers who are not people of the file (the others are the team).
REFERRERS: tuple[str, ...] = (
    "Jonas Weber (former colleague of Lena)", "Aisha Bello (angel investor)",
    "Tomás Herrera (advisor)", "Katarzyna Nowak (ex-DeepL)", "Kenji Watanabe (friend)",
    "Priyanka Iyer (PhD labmate)", "Sven Lindqvist (Fernwood customer)",
    "Chidi Okeke (Andela alumni group)", "Marie Dubois (ex-Criteo)",
)

AVAILABILITY: tuple[str, ...] = (
    "Immediately", "2 weeks' notice", "1 month's notice", "1 month's notice",
    "3 months' notice", "After the PhD defence in June", "From September",
    "Needs a visa (EU Blue Card)", "4 days a week", "Notice period negotiable",
)

TAGS: tuple[tuple[str, str], ...] = (
    ("strong portfolio", "#2e7d32"), ("needs visa", "#f9a825"), ("relocation", "#0277bd"),
    ("remote only", "#6a1b9a"), ("silver medalist", "#9e9e9e"), ("research", "#00838f"),
    ("startup experience", "#ef6c00"), ("open source", "#37474f"), ("returner", "#ad1457"),
    ("LLM", "#5d4037"),
)

#: The demo company and its team (founders first).
COMPANY: dict[str, str] = {
    "name": "Fernwood AI GmbH",
    "address": "Torstraße 140\n10119 Berlin\nGermany",
    "website": "https://fernwood.ai",
    "default_currency": "EUR",
    "office": "Fernwood office, Torstraße 140, Berlin",
}
FOUNDERS: tuple[tuple[str, str, str], ...] = (
    ("Lena Hoffmann", "lena@fernwood.ai", "CEO and co-founder"),
    ("Daniel Okoye", "daniel@fernwood.ai", "CTO and co-founder"),
)
INTERVIEWERS: tuple[tuple[str, str, str], ...] = (
    ("Marta Kowalczyk", "marta@fernwood.ai", "Senior ML Engineer"),
    ("Hiroshi Tanaka", "hiroshi@fernwood.ai", "Staff Software Engineer"),
    ("Priya Raman", "priya@fernwood.ai", "Data Scientist"),
)

# The words of the assessments -------------------------------------------------------------

#: Evidence for one axis of a scorecard: (for ratings 1-2, for ratings 3-4).
AXIS_EVIDENCE: dict[Axis, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Axis.ML_PRACTICE: (
        ("Described a Kaggle-style project only; no model that reached users.",
         "Could not say how the model was evaluated beyond accuracy on a random split.",
         "Unclear what they built themselves versus what the team around them did.",
         "No answer on monitoring or what happened after deployment."),
        ("Walked through a churn model they shipped: time-based split, calibration, rollback.",
         "Clear story of a ranking model from notebook to A/B test, with the business metric.",
         "Ran sweeps with a sensible budget and explained why they stopped early.",
         "Caught label leakage in a past project and explained how they found it."),
    ),
    Axis.SOFTWARE: (
        ("Code sample had no tests and one 400-line function.",
         "Struggled to explain a git rebase or how their team reviews code.",
         "Never worked in a shared code base larger than a few scripts.",
         "Pairing exercise: got stuck on basic Python data structures."),
        ("Clean, typed Python; wrote tests before being asked.",
         "Explained their review habits and how they keep PRs small.",
         "Comfortable on Linux and in the cloud console; debugged a failing container live.",
         "Refactored the pairing exercise into small functions without prompting."),
    ),
    Axis.THEORY: (
        ("Mixed up bias and variance when asked about under-fitting.",
         "Could not explain what a p-value means.",
         "Hand-waved on what Q, K and V represent in attention.",
         "Unsure how to pick a loss for an imbalanced problem."),
        ("Derived the gradient of softmax cross-entropy on the whiteboard.",
         "Explained attention clearly and why scaling by the square root of d matters.",
         "Good intuition for calibration and proper scoring rules.",
         "Designed an A/B test with a power calculation and stopping rule."),
    ),
    Axis.SYSTEMS: (
        ("Design had no story for retraining or model versioning.",
         "Did not consider latency or cost of serving at all.",
         "Batch versus streaming features: confused the two.",
         "No idea how data gets from the product into training."),
        ("Sketched feature store, training pipeline and canary serving with clear trade-offs.",
         "Considered privacy and data retention without being prompted.",
         "Good on GPU cost: spot instances, batching, when to distil.",
         "Designed retraining with drift checks and a human in the loop."),
    ),
    Axis.CULTURE: (
        ("Spoke over the interviewer several times; little curiosity about us.",
         "Wants a large team and clear specs; we are neither yet.",
         "Blamed former teammates for every failed project.",
         "Seemed interested mainly in the title."),
        ("Asked sharp questions about our customers and runway.",
         "Took ownership of a failed launch and said what they changed after it.",
         "Explained a complex project simply; would be good with customers.",
         "Has mentored juniors and enjoys it; low ego."),
    ),
}
NOT_ASSESSED_EVIDENCE: tuple[str, ...] = (
    "Ran out of time before we got to this.",
    "Not covered in this step; see the next interview.",
    "",
)

#: Scorecard takeaways by overall recommendation (1 = strong no .. 4 = strong yes).
TAKEAWAYS: dict[int, tuple[str, ...]] = {
    1: ("Not a fit for this role: the basics we need from day one are missing.",
        "Strong no. The gap on production experience is too large for a team of our size."),
    2: ("Leaning no: good theory, but nothing shipped end to end.",
        "Some good signals, but I would not bet the first ML hire on this.",
        "No for now; could be a fit in a year or for a more junior role."),
    3: ("Yes: solid end to end, a few gaps we can coach.",
        "Would be productive within weeks. Check references on ownership.",
        "Yes, with a question mark on system design; probe it in the next step."),
    4: ("Strong yes: the best candidate I have seen for this role.",
        "Strong yes. Ships, explains clearly, and raised the bar of the conversation.",
        "Hire. Would happily work with them on the hardest problem we have."),
}
PRIVATE_NOTES: tuple[str, ...] = (
    "Mentioned a competing offer with a deadline in two weeks.",
    "Seemed tired; the call was late in their time zone. Keep that in mind.",
    "Asked twice about the remote policy; clarify before an offer.",
)
#: What an interviewer jots under a question asked (any question: they describe the answer).
QUESTION_NOTES: tuple[str, ...] = (
    "Clear, concrete answer; named the metric and the baseline without prompting.",
    "Went two levels deeper when asked; knew the trade-offs first-hand.",
    "Stayed general; could not give an example of their own.",
    "Good start, lost the thread on the follow-up.",
    "Asked clarifying questions first, then a structured answer.",
    "Textbook answer, little of their own experience in it.",
    "Strong: gave numbers, what failed, and what they would do differently.",
    "Unsure here; said so honestly and reasoned it through.",
)

#: Portfolio checklist notes by item and result.
PORTFOLIO_NOTES: dict[PortfolioCheck, dict[CheckResult, str]] = {
    PortfolioCheck.ORGANISATION: {
        CheckResult.PASS: "Package layout with src/, clear modules, config kept apart.",
        CheckResult.PARTIAL: "Reasonable folders, but notebooks hold most of the logic.",
        CheckResult.FAIL: "Everything in one notebook with copied cells.",
    },
    PortfolioCheck.DOCSTRINGS: {
        CheckResult.PASS: "Docstrings say why, type hints throughout, mypy clean.",
        CheckResult.PARTIAL: "Type hints in the library code, none in the scripts.",
        CheckResult.FAIL: "No docstrings or type hints.",
    },
    PortfolioCheck.TESTS: {
        CheckResult.PASS: "pytest suite with data fixtures; CI runs it on every push.",
        CheckResult.PARTIAL: "A few tests for the utilities, none for the training code.",
        CheckResult.FAIL: "No tests.",
        CheckResult.NA: "A research paper with code snapshots; tests not expected.",
    },
    PortfolioCheck.DOCUMENTATION: {
        CheckResult.PASS: "README explains the problem, results and how to reproduce them.",
        CheckResult.PARTIAL: "README has install steps only.",
        CheckResult.FAIL: "No README.",
    },
    PortfolioCheck.ORIGINAL: {
        CheckResult.PASS: "Original problem and data set; their own evaluation.",
        CheckResult.PARTIAL: "Starts from a tutorial but extends it meaningfully.",
        CheckResult.FAIL: "A fork of a popular tutorial with renamed variables.",
    },
    PortfolioCheck.RUNS_TODAY: {
        CheckResult.PASS: "Installed and ran with current packages in ten minutes.",
        CheckResult.PARTIAL: "Runs after pinning an older version of one dependency.",
        CheckResult.FAIL: "Fails on import with current packages; no lock file.",
    },
    PortfolioCheck.BEYOND_DEFAULTS: {
        CheckResult.PASS: "Tuned hyper-parameters with a held-out set and reported variance.",
        CheckResult.PARTIAL: "Some tuning, but evaluated on the training distribution only.",
        CheckResult.FAIL: "Library defaults everywhere; accuracy as the only metric.",
    },
}
REPOSITORIES: tuple[str, ...] = (
    "churn-forecasting", "tiny-llm-finetune", "speech-diarization", "rag-eval-harness",
    "satellite-segmentation", "tabular-benchmarks", "fraud-gnn", "recsys-from-scratch",
    "lora-experiments", "ocr-invoices", "timeseries-anomaly", "feature-store-lite",
)
LOOKED_AT: tuple[str, ...] = (
    "README, the training script and the evaluation notebook.",
    "The whole repository; ran the tests and the example.",
    "The paper and its code release; skimmed the ablations.",
    "Two repositories: the main project and a small CLI tool.",
)
PORTFOLIO_SUMMARY: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Looks like coursework; little evidence of their own judgement.",
     "Hard to tell what they wrote themselves; ask in the deep dive."),
    ("Careful, original work; the evaluation section is better than most papers.",
     "Production habits in a side project: tests, CI, a changelog."),
)
PAPERS: tuple[str, ...] = (
    "Calibrated ranking under distribution shift",
    "Low-rank adapters for speech recognition in low-resource languages",
    "A benchmark for retrieval-augmented question answering on legal text",
    "Self-supervised pre-training for satellite imagery",
    "Efficient inference for transformers on CPUs",
)

#: Culture evidence by dimension: (for ratings 1-2, for ratings 3-4). Every rating has one.
CULTURE_EVIDENCE: dict[CultureDimension, tuple[tuple[str, ...], tuple[str, ...]]] = {
    CultureDimension.COMMUNICATION: (
        ("Long answers that never reached the point, even when asked to summarise.",),
        ("Explained their thesis to a non-expert in two minutes, then adapted to questions.",
         "Wrote a clear follow-up e-mail after the call with the open points."),
    ),
    CultureDimension.OWNERSHIP: (
        ("Every setback was someone else's decision.",),
        ("Owned a failed launch: what they missed, what they changed, what it cost.",
         "Fixed a flaky pipeline nobody owned because it blocked the team."),
    ),
    CultureDimension.TEAM_PLAY: (
        ("Could not name a time they changed their mind after a teammate's input.",),
        ("Described pairing with a junior until they could own the service.",
         "Gave credit to the team throughout the project story."),
    ),
    CultureDimension.SELF_MOTIVATION: (
        ("Waits for detailed tickets; uncomfortable with open problems.",),
        ("Built a labelling tool on their own initiative to unblock the project.",
         "Keeps a learning log; read two of our blog posts before the call."),
    ),
    CultureDimension.BEYOND: (
        ("Nothing beyond the job description came up.",),
        ("Joined customer calls to understand why the model was not trusted.",
         "Runs a local meetup and reviews for a workshop."),
    ),
    CultureDimension.PACE: (
        ("Prefers quarterly planning cycles; found our two-week pace stressful.",),
        ("Shipped weekly at their last startup and liked it.",
         "Comfortable making a reversible decision with partial data."),
    ),
    CultureDimension.AUTONOMY: (
        ("Asked for a manager to set priorities every week.",),
        ("Set their own milestones on a six-month research project and met them.",
         "Comfortable being the only ML person for a while."),
    ),
    CultureDimension.COLLABORATION: (
        ("Sees product and design as people who slow engineering down.",),
        ("Worked closely with designers on how model uncertainty is shown to users.",
         "Writes design docs and asks for review early."),
    ),
}
CULTURE_NOT_ASSESSED = "Did not come up in the conversation; ask in the next step."
CULTURE_SUMMARY: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Concerns on ownership and pace; see the evidence per line.",
     "Would struggle without a manager and clear specs at our stage."),
    ("Strong on ownership and communication; a good fit for a small team.",
     "Low ego, high agency; the kind of first hire who sets the culture."),
)

DEBRIEF_RATIONALE: dict[Decision, tuple[str, ...]] = {
    Decision.HIRE: (
        "Consistent yes from every interviewer; strongest on the axes we weight most.",
        "Best finalist: ships end to end and communicates well. Offer at the middle of the "
        "range.",
        "Two strong yes, one yes with a question on systems that the design round answered.",
    ),
    Decision.REJECT: (
        "Below the bar on ML practice, the axis we weight most.",
        "Split panel; the concerns on ownership were specific and repeated. Not now.",
        "Good engineer, but no production ML yet; suggest re-applying in a year.",
    ),
    Decision.HOLD: (
        "Waiting for the reference call before deciding.",
        "Strong, but we want to see the second finalist first.",
    ),
}

#: Notes written when a candidate leaves the pipeline, by exit reason.
EXIT_NOTES: dict[str, tuple[str, ...]] = {
    "Skills below the bar": ("Good attitude but the technical depth is not there yet.",
                             "Scorecards agreed: no on ML practice and systems."),
    "Experience does not match the role": ("Strong analyst, but no engineering experience.",
                                           "Research-only background; we need someone who "
                                           "ships."),
    "Compensation out of range": ("Expects well above our range; we cannot match it now.",),
    "Location or work permit": ("Needs sponsorship for a country where we have no entity.",),
    "Culture assessment": ("Evidence in the culture assessment; discussed at the debrief.",),
    "Role filled": ("Great candidate; we hired someone further along. Talent pool.",),
    "Role closed": ("Role closed after the plan changed.",),
    "Accepted another offer": ("Took an offer elsewhere; asked to stay in touch.",
                               "Accepted a counter-offer from the current employer."),
    "Compensation": ("Our offer was below their current package.",),
    "Not looking any more": ("Decided to stay; the team there is being restructured.",),
    "Process too long": ("We were too slow between the technical and the onsite.",),
    "Role not a fit": ("Wants to do research only.", "Wants a larger team to learn from."),
    "No response": ("No reply after three messages.",),
}

OFFER_NOTES: tuple[str, ...] = (
    "Relocation budget of EUR 5,000 and visa sponsorship through the EU Blue Card.",
    "Counter-offer expected from the current employer; we can move to the top of the range.",
    "Asked for a four-day week in the first three months; agreed.",
    "Equity explained with the cap table summary; they want the exercise window in writing.",
    "",
)
ONBOARDING: tuple[str, ...] = (
    "Contract signed and tax forms in",
    "Laptop ordered and set up",
    "Accounts: GitHub, Google Workspace, cloud console, Slack",
    "Buddy assigned",
    "First project agreed: evaluation harness for the ranking model",
)
CHECK_IN_NOTES: tuple[str, ...] = (
    "Settled in well; first PR merged in week one. Wants more customer contact.",
    "Owns the evaluation pipeline now. Raised the on-call load; agreed to rotate it.",
    "Doing great. Discussed growth towards tech lead for the data platform.",
)

#: Short notes on candidates (the Notes tab); {first} is the candidate's given name.
NOTES: tuple[str, ...] = (
    "Called {first}: open to a hybrid set-up, two days in Berlin.",
    "{first} asked for the interview loop in writing; sent it.",
    "Reference from a former manager: very positive on ownership.",
    "Prefers async communication; lives six hours ahead of us.",
    "Follow up after NeurIPS; {first} is presenting a poster.",
    "Salary expectation discussed: flexible if the equity is meaningful.",
)

#: Paragraphs of the long notes some candidates carry; {first} and {company} are filled in.
LONG_NOTE_PARAGRAPHS: tuple[str, ...] = (
    "Met {first} at the PyData meetup in the spring. They gave a short talk on evaluating "
    "ranking models when the labels arrive weeks late, and the questions afterwards were the "
    "best of the evening.",
    "At {company} they own the feature pipeline for the recommendation service end to end: "
    "ingestion from the event stream, the offline training sets, and the online features. "
    "They rebuilt the backfill job after it silently dropped a day of data.",
    "Motivation: wants a smaller team and more say in what gets built. Not interested in a "
    "pure research role; likes being close to customers.",
    "Constraints: three months' notice, a family holiday booked for August. Open to Berlin "
    "two days a week; would need help finding a flat.",
    "Open questions for the next call: how they decide when a model is good enough to ship, "
    "and how they handled the incident they mentioned briefly.",
    "Second conversation went well. {first} pushed back on our take-home and suggested a "
    "pairing session on real data instead, which is what we ended up doing.",
)

REACH_OUT_NOTES: tuple[str, ...] = (
    "Not looking until their equity vests in spring; reach out then.",
    "Finishing the PhD; interested in the ML lead path later.",
    "Silver medalist for the last opening; first call when we hire again.",
    "Happy at {company} for now; asked us to check in every six months.",
)
