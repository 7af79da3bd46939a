Las medidas adoptadas son flagrantes violaciones de las reglas del juego democrático y llevarán a Egipto a una nueva dictadura.
"En lugar de fortalecer la sociedad civil, lo que ha hecho el presidente es abolirla", se lamenta Saeda.
Sin embargo, la democracia no puede funcionar sin las organizaciones de la sociedad civil.
Saeda se siente abandonado, también por la comunidad internacional, la cual observa la lucha ideológica que está teniendo lugar a orillas del Nilo con una mezcla de curiosidad y tensión.
Esto podría volverse en su contra.
Un manifestante en la plaza Tahrir advierte: "estáis concibiendo un monstruo que no podréis controlar".
El rakfisk noruego: ¿el pescado más maloliente del mundo?
Los cinco millones de habitantes de Noruega gozan de uno de los mayores niveles de vida, no sólo de Europa sino del mundo.
¿Es posible que el éxito del país guarde alguna relación con su avidez por un pescado sumamente maloliente?
Tome una serie de quesos excesivamente curados.
Colóquelos en medio de una montaña de ropa de fútbol sucia y húmeda.
Déjelo ahí una semana.
Podrá entonces oler el paralizante aroma del rakfisk, una de las exquisiteces de Noruega.
Me encuentro en la pequeña ciudad de Fagernes, a unas tres horas de Oslo.
Está nevado. El paisaje es espectacular y ese olor, siempre presente, flota en el aire.
El rakfisk es trucha en salazón que se deja fermentar en agua durante, dependiendo de lo maloliente que usted lo prefiera, hasta un año.
A medida que oscurece y va haciendo más frío, los noruegos acuden en tropel a un festival que se celebra aquí, en Fagernes, dedicado a este manjar de lo más, por así decirlo, cautivador.
"Se come crudo y luego se bebe un vaso de aquavit de un trago", dice Havard Halvarsen, bombero de la ciudad que es también lo que se conoce como el "General del Rakfisk", que se encarga de organizar el festival.
Por todos lados vemos gente comiendo este pescado que se guarda en pequeños cubos y bebiendo de un trago importantes cantidades de la bebida.
"A algunas personas les gusta más el aquavit que el rakfisk", afirma Havard.
La bebida puede matar el olor.
Pruebo algunos trozos.
Si puedes evitar pasarlo cerca de la nariz, no está mal; no es muy distinto a una porción de sushi que haya recorrido unos cuantos kilómetros en autobús.
El rakfisk es un producto que proviene de una época muy distinta, en la que la pobreza azotaba Noruega y en la que, antes de que existiera la refrigeración, el pescado se guardaba durante el otoño sumergido en agua y sal en barriles herméticos.
Más tarde, en pleno invierno, cuando ya está bien fermentado, se saca y, evidentemente con los sentidos inactivos debido al alcohol, se come.
Hace tan sólo una generación, miles de noruegos se vieron obligados a abandonar su país en busca de trabajo, y emigraron principalmente a Estados Unidos.
Actualmente, la población está aumentando rápidamente; más del 13% son inmigrantes, atraídos por la abundancia de puestos de trabajo, elevados salarios y un completo sistema de servicios sociales.
Una corriente de habitantes de Suecia, la vieja rival y hasta hace no demasiado mucho más rica que Noruega, llega a este país para trabajar.
El rakfisk se considera algo importante, una parte esencial, aunque bastante maloliente, del pasado de Noruega.
Se encuentra entre los platos más caros que se pueden comprar.
Pero, de hecho, todo es caro. Una caña de cerveza o un sándwich te cuestan la friolera de 10€ ($14) cada uno.
Noruega no suele aparecer en el orden del día de las noticias internacionales y a la mayoría de noruegos les gusta que así sea.
Aquí la gente aún está poco dispuesta a pronunciar el nombre de Anders Breivik, el racista de extrema derecha que acribilló a tiros y asesinó a 77 personas, entre las que había hombres, mujeres y niños.
En su lugar, se refieren al tiroteo como "el suceso del 22 de julio".
A los noruegos les cuesta muchísimo creer que en su apacible país uno de los suyos fuera capaz de cometer tal crueldad y homicidio.
Tras mucha de la riqueza actual de Noruega se encuentra el crecimiento, desde principios de los 70, de una de las industrias de petróleo y de gas más grandes del mundo.
"Pero el petróleo no es la única razón por la que nos va tan bien", afirma Anna, nuestra camarera, mientras va pasando bandejas de rakfisk y que, con su larga melena rubia y sus sorprendentes ojos azules, representa la imagen del bienestar noruego.
Estamos viendo cómo hacerlo.
"Somos, como decís vosotros, gente prudente".
Su inglés, como el de la mayoría de gente en este país, es impecable.
"No nos gusta alardear, no nos gusta la ostentación".
Noruega ha gestionado su riqueza petrolífera con mucha cautela; todo, excepto un pequeño porcentaje del dinero procedente de esta industria, se invierte en un fondo especial en beneficio de las futuras generaciones.
Mientras todo el mundo malgastaba dinero que no tenía durante los años que precedieron a la crisis financiera en todo el mundo, Noruega mantuvo la billetera bien cerrada.
"Mientras podamos esquiar en invierno y hacer senderismo en verano, estamos contentos", dice Anna.
"Y comer rakfisk", añade con una desenvuelta carcajada.
Estamos viendo cómo hacerlo.
Estoy en la nieve haciendo cola para comer algo; ya he tenido suficiente rakfisk.
Ahora una hamburguesa de alce es sin duda algo distinto y bastante suculento que saborear.
Pero por la noche, vuelve ese maloliente pescado.
El hotel en el que me alojo es uno de los muchos locales en los que se celebra una cena de rakfisk en la que los comensales votan el mejor pescado, o quizás el que más pone a prueba las fosas nasales.
Una televisión ha conectado en directo con un presentador que lleva pajarita y que está rodeado de platos de rakfisk.
Parece el concurso de Eurovisión.
"¿Cuáles son vuestras puntuaciones para el mejor pescado allí arriba en las montañas, Thor-Juergen?"
"Cuando pienso en la opción de la retransmisión, creo que puede funcionar", dijo Coker.
"Aquí está nuestra puntuación, Havard."
Hay risas y aplausos.
Un hombre se cae de la silla, quizás vencido por el aquavit.
O quizás sean los vapores de todo ese pescado.
México: Enrique Peña Nieto se enfrenta a un duro inicio
Mientras el Presidente entrante de México, Enrique Peña Nieto, se prepara para tomar posesión de su cargo, el corresponsal de la BBC, Will Grant, analiza los retos a los que se enfrentará el nuevo presidente y las diferentes expectativas de su población.
El tráfico en Ciudad de México es especialmente malo actualmente.
En una ciudad que, en las mejores circunstancias, ya está de por sí congestionada, se ha instalado desde el lunes un cerco de acero que corta varias de las carreteras principales que llevan a la ciudad y que está causando un caos enorme en las carreteras.
El objetivo, no obstante, no era impedir que los trabajadores pudieran llegar a su lugar de trabajo, sino evitar que los manifestantes pudieran llegar al parlamento.
Desert Island Discs: Tom Daley se sentía inferior por su sexualidad
El sábado, el nuevo presidente de México, Enrique Peña Nieto, recibirá la banda presidencial y asumirá la gestión de la nación.
Se enfrenta a una tarea complicada.
México ha ido obteniendo buenos resultados económicos durante el gobierno saliente de Felipe Calderón, pero el país se encuentra sumergido en una guerra contra el narcotráfco que se ha cobrado ya unas 60.000 vidas en seis años.
"Mi gobierno tiene el gran compromiso con el pueblo mexicano de reducir la violencia", explicó el Sr. Peña Nieto a principios de esta semana al Presidente de Estados Unidos, Barack Obama, en el Despacho Oval.
"Voy a proponer una nueva estrategia de seguridad que nos permitirá alcanzar ese objetivo".
Antes de codearse con el presidente de los EE.UU., la experiencia política previa del Sr. Peña fue como gobernador de su estado natal, el de México.
Un estado muy poblado y con un rápido crecimiento, que rodea la capital; Las opiniones sobre el nuevo líder están divididas en este territorio en el que él solía moverse.
Un hombre sincero
En la bucólica ciudad de Valle del Bravo, por ejemplo, se le recuerda con cariño.
A las 6 h, justo cuando Gegard Mousasi y Rory MacDonald se estaban preparando para enfrentarse, los telespectadores del Reino Unido se quedaron atónitos cuando el programa cambió a Peppa Pig.
A sus 24 años, nos contó que no se dio cuenta hasta que llegó a secundaria de que "no todos eran como yo".
Sus residentes le atribuyen el mérito del crecimiento del turismo en el lugar y de la construcción de infraestructuras.
Para llegar a la ciudad se puede conducir por una de las nuevas carreteras del Sr. Peña Nieto, lo que supone una enorme mejora comparado con las carreteras agrietadas y llenas de baches que fueron rehabilitadas.
