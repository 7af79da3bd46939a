Tiburón hiere a un niño de 13 años que buceaba en busca de langostas en California
Un tiburón atacó e hirió a un niño de 13 años el sábado mientras buceaba en busca de langostas en California el día que se abría la temporada de langostas, según las autoridades.
El ataque se produjo poco antes de las 7 de la mañana cerca de Beacon’s Beach, en Encinitas.
Chad Hammel informó al canal KSWB-TV de San Diego que había estado buceando con amigos durante una media hora el sábado por la mañana cuando oyó al niño pidiendo ayuda, por lo que se acercó con un grupo para sacarlo del agua.
Hammel comentó que, al principio, pensaba que tan solo estaba emocionado por haber capturado una langosta, pero luego se dio cuenta de que “estaba gritando que le habían mordido
,
tenía la clavícula destrozada”, observó Hammel cuando llegó a junto del niño.
“Grité a todos que saliesen del agua porque había un tiburón”, añadió Hammel.
El niño fue transportado en helicóptero al Hospital de Rady Children, donde se encuentra en estado crítico.
Se desconoce la especie de tiburón responsable del ataque.
El socorrista, el Capitán Larry Giles, comentó en una rueda de prensa que se había avistado un tiburón en la zona unas semanas antes, pero que no se había considerado una especie peligrosa.
Giles añadió que la víctima mostraba lesiones traumáticas en la zona superior del torso.
Las autoridades cerraron el acceso a la playa, desde Ponto Beach, en Casablad, hasta la playa Swami, en Encinitas, durante 48 horas para investigar y por motivos de seguridad.
Giles señaló que hay más de 135 especies de tiburones en la zona, pero que la mayoría no se consideran peligrosas.
Los planes de Sainsbury's impulsan el mercado de belleza del Reino Unido
Sainsbury's adquiere Boots, Superdrug y Debenhams, que cuentan con muchos empleados especializados en los pasillos de sus establecimientos de estilo y belleza.
A fin de impulsar de manera significativa el mercado de la belleza del Reino Unido, valorado en 2800 billones de libras y con un crecimiento que va en aumento en comparación con la caída de las ventas en moda y menaje del hogar, los pasillos de belleza más grandes se pondrán a prueba en 11 tiendas de todo el país y, si la superan con éxito, se hará lo mismo en más tiendas el año que viene.
La inversión en belleza llega al mismo tiempo que esta cadena de supermercados busca formas de usar el espacio en estanterías que se solía destinar a televisores, microondas y menaje del hogar.
Sainsbury's declaró que doblaría su oferta de belleza con hasta 3000 productos, incluidas marcas como Revlon, Essie, Tweezerman y Dr. PawPaw por primera vez.
Además, se dará más espacio a las gamas existentes de L'Oreal, Maybelline y Burt's Bees, con zonas parecidas a las de otros establecimientos, como Boots.
La cadena también relanzará su gama de maquillaje Boutique con una mayoría de productos respetuosos con los animales, algo cada vez más demandado por los clientes más jóvenes.
Asimismo, en la perfumería The Fragrance Shop probará sus concesiones en dos establecimientos Sainsbury's, el primero recién inaugurado en Croydon, en el sur de Londres, la semana pasada. El segundo se inaugurará en Selly Oak, en Birmingham, más tarde este año.
Las tiendas online y el cambio hacia la compra diaria de pequeñas cantidades de comida en tiendas locales obligan a los supermercados a esforzarse para convencer a la gente de que los visite.
Mike Coupe, el director ejecutivo de Sainsbury's, ha afirmado que las tiendas se parecerán cada vez más a centros comerciales mientras la cadena de supermercados intenta combatir a los establecimientos de descuentos Aldi y Lidl ofreciendo más servicios y productos que no sean de alimentación.
Sainsbury's ha integrado puntos de venta de descuentos de Argos en cientos de establecimientos y ha introducido varios Habitats desde su compra de estas cadenas hace dos años. Se considera que esto ha impulsado las ventas de comestibles y rentabilizado más estas adquisiciones.
El anterior intento de la cadena de supermercados de renovar sus departamentos de belleza y farmacia fue un fracaso.
Sainsbury's puso a prueba una operación conjunta con Boots a principios de los 2000, pero la colaboración finalizó después de una discusión sobre cómo dividir los ingresos de los puntos de venta de productos farmacéuticos en sus supermercados.
La nueva estrategia se plantea tras la venta de los 281 establecimientos de productos farmacéuticos de Sainsbury a Celesio, empresa propietaria de la cadena Lloyds Pharmacy, por 125 millones de libras hace tres años.
Se señala que Lloyds participará en el plan, añadiendo una gama ampliada de marcas de lujo para el cuidado de la piel, como La Roche-Posay y Vichy en cuatro tiendas.
Tal como comentó Paul Mills-Hicks, director comercial de Sainsbury's: “Hemos transformado el aspecto y el ambiente de nuestros pasillos de belleza de forma que potencien el entorno para nuestros clientes.
Además, hemos invertido en un personal especializado que estará disponible para ofrecer asesoramiento.
Nuestra oferta de marcas está diseñada para adaptarse a todas las necesidades. Por otra parte, un entorno atractivo y una ubicación cómoda nos convierte en un destino irresistible de productos de belleza, desafiando a la antigua forma de comprar”.
