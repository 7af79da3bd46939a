El nuevo buque de guerra alemán, pospuesto de nuevo
La nueva fragata de la Marina alemana se debería haber encargado en 2014 para reemplazar a los viejos barcos de la era de la Guerra Fría, pero no se hará hasta al menos el año que viene debido a sistemas defectuosos y el aumento progresivo de los costes, informaron los medios locales.
La entrega del "Rheinland-Pfalz", el barco que encabeza las nuevas fragatas de la clase Baden-Württemberg, se ha pospuesto ahora hasta la primera mitad del 2019, según cita el periódico Die Zeit unas declaraciones de un portavoz militar.
El navío se debería haber unido a la Armada en 2014, pero los problemas que surgieron tras la entrega fastidiaron la conclusión del ambicioso proyecto.
Los cuatro navíos de la clase Baden-Wuerttemberg que solicitó la Marina en 2007 reemplazarán a las viejas fragatas de la clase Bremen.
Sabemos que incluirán un potente cañón, un conjunto de misiles antiaéreos y antibuques, así como algunas tecnologías de invisibilidad, como señales de radar, infrarrojas y acústicas muy reducidas.
Entre otras importantes características se incluyen períodos de mantenimiento más largos, de manera que se puedan desplegar hasta por dos años lejos de los puertos de origen.
Sin embargo, los continuos retrasos han provocado que los innovadores navíos (que se suponía que iban a permitir a Alemania proyectar su poder en ultramar) estarán ya anticuados cuando empiecen a prestar servicio, apunta Die Zeit.
La desafortunada fragata F125 ocupó titulares el año pasado, cuando la Marina alemana rechazó oficialmente poner el navío en funcionamiento y lo devolvió al astillero Blohm & Voss en Hamburgo.
Ha sido la primera vez que la Marina ha devuelto un barco a un astillero tras su entrega.
Poco se sabía de las razones que había detrás de la devolución, pero los medios alemanes citaron un número de "defectos de software y hardware" cruciales que dejaban al buque prácticamente inútil si se enviaba a una misión de combate.
Las deficiencias en software fueron particularmente importantes, ya que los navíos de la clase Baden-Wuerttemberg estarán operados por una tripulación de unos 120 marineros: la mitad del personal que había en las antiguas fragatas de la clase Bremen.
Asimismo, se constató que el navío tiene un sobrepeso excesivo, lo que reduce su rendimiento y limita la capacidad de la Marina para añadir futuras actualizaciones.
Se cree que el "Rheinland-Pfalz" de 7000 toneladas es el doble de pesado que otros barcos de clase similar que usaron los alemanes en la II Guerra Mundial.
Además del hardware defectuoso, el precio de todo el proyecto, incluida la formación de la tripulación, también ha supuesto un problema.
Se cree que ha alcanzado los 3100 millones de € (3600 millones de $), en lugar de los 2200 millones de € iniciales.
Los problemas que se adjudican a las nuevas fragatas son de especial relevancia a la luz de las recientes advertencias surgidas sobre la reducción de la potencia naval de Alemania.
A principios de este año, Hans-Peter Bartels, jefe del comité de defensa del parlamento alemán, reconoció que la Armada se están "quedando sin barcos capaces de desplegarse".
El oficial dijo que el problema ha ido agravándose con el tiempo, porque los barcos viejos fueron dados de baja, pero no se han reemplazado con otros.
Lamentó que ninguna de las fragatas de clase Baden-Wuerttemberg hayan podido unirse a la Marina.
La National Trust espía la vida secreta de los murciélagos
Esta nueva investigación, que se ha llevado a cabo en un estado de los Highlands escoceses, intenta descubrir cómo los murciélagos utilizan el paisaje en su búsqueda de comida.
Se espera que todo lo que se averigüe arroje más luz sobre el comportamiento de los únicos mamíferos voladores y ayude a orientar las próximas actividades de conservación.
El estudio, realizado por la National Trust para Escocia, seguirá a los murciélagos comunes y sopranos, así como a los murciélago ribereños de Daubenton y marrones de oreja larga de los jardines de Inverewe en Wester Ross.
Se colocarán grabadoras especiales en ubicaciones estratégicas de la propiedad para rastrear las actividades de los murciélagos durante la temporada.
La plantilla y los voluntarios de NHS también llevarán a cabo investigaciones móviles con detectores portátiles.
Los expertos analizarán los sonidos que se recojan en las grabaciones para descubrir la frecuencia de las llamadas de los murciélagos y qué especies lo hacen.
Se producirá entonces un informe y un mapa del hábitat para crear una imagen detallada del entorno y de su comportamiento.
Rob Dewar, asesor de conservación de la naturaleza para NTS, espera que los resultados revelen qué áreas del hábitat son más importantes para los murciélagos y cómo los utiliza cada especie.
Con esta información se determinarán los beneficios del trabajo de gestión del hábitat, como la creación de praderas y cómo se deben mantener los bosques para los murciélagos y otras especies asociadas.
Las poblaciones de murciélagos en Escocia y en el Reino Unido se han reducido considerablemente en el último siglo.
Están bajo amenaza por la construcción y el desarrollo que afecta a sus nidos y la pérdida de su hábitat.
Las turbinas de vientos y el cableado eléctrico pueden suponer también un riesgo para ellos, al igual que los papeles insecticidas y otros tratamientos químicos de los materiales de construcción o los ataques de los gatos domésticos.
Los murciélagos no están realmente ciegos,
sino que, debido a sus hábitos de caza nocturnos, sus oídos son más útiles que sus ojos para conseguir su objetivo.
Utilizan una sofisticada técnica de ecolocalización que localiza hormigas y obstáculos en su ruta de vuelo.
El NTS, que es responsable del cuidado de más de 270 edificios históricos, 38 importantes jardines y 76 000 hectáreas de terreno en todo el país, se toma el tema de los murciélagos muy en serio.
Tiene diez expertos entrenados en la materia, que se dedican a llevar a cabo con regularidad encuestas, inspecciones de nidos y, en ocasiones, rescates.
La organización ha inaugurado incluso la primera y única reserva dedicada a murciélagos de Escocia en el estado de Threave en Dumfries y Galloway, que es el hogar de ocho de las diez especies de murciélago de Escocia.
El director de la propiedad, David Thompson, dice que es el territorio ideal para ellos.
"Aquí, en Threave, tenemos una zona fantástica para murciélagos", dijo.
"Tenemos edificios antiguos, muchos árboles veteranos y todo el hábitat adecuado.
Sin embargo, sigue habiendo muchas cosas desconocidas sobre los murciélagos, por lo que el trabajo que hacemos aquí y en otras propiedades nos ayudará a entender mejor qué necesitan para desarrollarse".
Recalca la importancia de comprobar si hay murciélagos antes de llevar a cabo tareas de mantenimiento dentro de las propiedades, ya que se puede destruir de forma involuntaria una colonia de cría y se podrían llegar a matar a 400 hembras y crías, lo que supondría aniquilar toda una población local.
Los murciélagos están protegidos y es ilegal matarlos, acosarlos o molestarlos, así como destruir sus colonias.
Elisabeth Ferrell, la oficial escocesa encargada del Bat Conservation Trust, ha animado al público a que colabore.
Dijo: "Todavía tenemos mucho que aprender sobre murciélagos y muchas otras especies sobre las que no sabemos cómo evolucionan sus poblaciones".
