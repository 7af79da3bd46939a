El inventor del World Wide Web se plantea iniciar un nuevo Internet para competir con Google y Facebook
Tim Berners-Lee, el inventor del World Wide Web, está poniendo en marcha una nueva empresa que trata de rivalizar con Facebook, Amazon y Google.
Solid permite a los usuarios elegir dónde almacenar sus datos y qué personas tendrán acceso a qué información.
En una entrevista exclusiva con Fast Company, Berners-Lee bromeó diciendo que la intención que se esconde detrás de Inrupt es "dominar el mundo".
"Tiene que ser ahora", dijo sobre la startup.
La aplicación utiliza la tecnología de Solid para que los usuarios puedan crear su propio "almacenamiento de datos personal en línea" o un POD.
Puede contener listas, listas de tareas pendientes, el calendario, la biblioteca de música y otras herramientas personales y profesionales.
Es como si Google Drive, Microsoft Outlook, Slack y Spotify están todos disponibles en un navegador y al mismo tiempo.
Algo que sí es exclusivo en el almacenamiento de datos en línea personal es que el usuario es quien decide completamente quién puede acceder a qué tipo de información.
La empresa lo llama "capacitación personal a través de los datos".
La idea de Inrupt, según el director general de la empresa, John Bruce, es incorporar recursos, procesos y las habilidades necesarias para que Solid pueda llegar a todo el mundo.
Por el momento, la empresa está formada por Berners-Lee, Bruce, una plataforma de seguridad que compró IBM, algunos de los desarrolladores incluidos en plantilla que se contrataron para trabajar en el proyecto y una comunidad de programadores voluntarios.
A partir de esta semana, desarrolladores tecnológicos de todo el mundo podrían crear sus propias apps descentralizadas con las herramientas que hay disponibles en el sitio web de Inrupt.
Berners-Lee dijo que él y su equipo no están hablando con "Facebook y Google sobre si se va a introducir o no un cambio radical donde todos sus modelos de empresa estén completamente modificados de un día a otro.
"No vamos a pedir permiso".
En una publicación en Medium el sábado, Berners-Lee escribió sobre Inrupt que "su misión consiste en proporcionar energía comercial y un ecosistema para ayudar a proteger la integridad y la calidad de la nueva web creada en Solid".
En 1994, Berners-Lee transformó Internet cuando fundó el World Wide Web Consortium (W3C) en el Massachusetts Institute of Technology.
En los últimos meses, Berners-Lee ha tenido un papel muy influyente en el debate sobre la neutralidad de la red.
A pesar incluso de estar lanzando Inrupt, Berners-Lee seguirá siendo el fundador y director del World Wide Web Consortium, la Web Foundation y el Open Data Institute.
"Soy increíblemente optimista acerca de esta próxima era de la web", añadió Berners-Lee.
Bernard Vann: el clérigo que ganó una Cruz Victoria en la I Guerra Mundial
El único clérigo de la Iglesia de Inglaterra que ganó una Cruz Victoria durante la I Guerra Mundial como combatiente ha sido homenajeado en su ciudad natal 100 años después.
El teniente coronel reverendo Bernard Vann obtuvo esta condecoración el 29 de septiembre de 1918 en el ataque de Bellenglise y Lehaucourt.
Sin embargo, un francotirador lo mató cuatro días después y nunca supo que le habían concedido el mayor honor militar británico.
El sábado, sus dos nietos descubrieron una piedra conmemorativa en un desfile en Rushden, Northamptonshire.
Uno de ellos, Michael Vann, dijo que fue "de un especial simbolismo" que se descubriera la piedra exactamente 100 años después de la batalla que le hizo merecer la condecoración a su abuelo.
Según el London Gazette, el 29 de septiembre de 1918, el teniente coronel Vann guió a su batallón por el Canal de Saint-Quentin "atravesando una espesa niebla y bajo el intenso fuego de ametralladoras y cañones".
Después corrió hasta la línea de fuego y, con la "mayor valentía", hizo avanzar la línea antes de llegar a un cañón con una sola mano y derribar a tres del destacamento.
Al teniente coronel Vann lo mató un francotirador alemán el 4 de octubre de 1918, solo un mes después de que la guerra terminara.
Michael Vann, 72, dijo que las acciones que llevó a cabo su abuelo fueron "tan grandes que nunca podré llegar a su altura, pero sí fueron muy aleccionadoras".
Él y su hermano, el Dr. James Vann, también depositaron una corona de flores después del desfile, que contó con la participación de la banda Brentwood Imperial Youth Band.
Michael Vann dijo que "era todo un privilegio para él poder formar parte del desfile" y añadió que "el valor de un auténtico héroe queda patente cuando se le muestra un respaldo tan numeroso".
