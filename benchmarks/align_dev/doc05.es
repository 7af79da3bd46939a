Muchos jóvenes quieren marcharse, como también se irán los que han sabido aprovecharse de la generosidad americana: la fuga de capital es considerable.
Los jóvenes están cansados de la guerra y de sus ideologías.
Han vivido el mundo moderno durante sus exilios en Irán o Pakistán y han apreciado sus ventajas.
Con alrededor de un 65% de su población menor de 25 años, Kabul cuenta ahora mismo con 5 millones de habitantes, una quinta parte de la población total.
En las ciudades, los colegios estatales están llenos tanto de niñas como de niños.
Habrá que dar trabajo a esos jóvenes que no querrán volver al oscurantismo de los antiguos partidos ni a la corrupción de ciertos dirigentes.
Todos, incluida la oposición armada, están ávidos de teléfonos móviles. La televisión y sus folletines turcos que presentan un mundo moderno tiene grandes admiradores en todo el país.
El ejército está ahora presente.
¿Se considerarán legítimas las autoridades que quieren dirigir el país?
Los antiguos comandantes de la lucha antisoviética se preocupan ya de reconstituir las milicias provinciales, que huirán del poder central.
Afganistán, país de montañas, de fuertes identidades locales, debería poder beneficiarse de una cierta descentralización a imagen de las naciones occidentales. Sin embargo, los Estados Unidos lo han querido transformar en un estado centralizado, con un poder presidencial fuerte, suprimiendo el puesto del primer ministro que existía desde la Constitución de 1964.
El presidente Karzai no quiere el control extranjero, en particular con motivo de las elecciones previstas en abril de 2014.
No obstante, su país depende de la ayuda extranjera desde los años 50 e incluso antes.
Ninguna industria ha reestablecido sus servicios, no se ha arreglado ningún embalse ni se han reparado los sistemas de irrigación importantes.
Todo es importado y no se produce nada excepto frutas y verduras.
La prioridad se deja a la iniciativa privada.
En un país arruinado tras 30 años de guerra, habría sido necesario el control gubernamental.
Se expandió el rumor de que Afganistán poseía inmensas riquezas mineras.
Y eso no hizo más que aumentar el sentimiento de que los occidentales estaban ahí para apoderarse de ellas.
Sin energía para extraer los minerales de hierro o de cobre del terreno y sin medios de transporte para exportarlos a través de las montañas, no hay explotación minera.
Los chinos ya casi han abandonado las minas de cobre de Mes Aynak, dejando que los arqueólogos internacionales (financiados por el Banco Mundial) excaven el inmenso emplazamiento búdico y permanezcan allí como los empleadores más importantes de la provincia.
Hará también falta que Afganistán y Pakistán, país del que dependen ampliamente las importaciones y las exportaciones, restablezcan sus relaciones normales.
Las tropas francesas partieron el 20 de noviembre.
El nuevo tratado de cooperación prevé la continuación de las ayudas tradicionales: colegios de niñas, colegios de niños, un departamento de francés en la universidad, el Instituto Francés, la cooperación en los ámbitos militares, jurídicos, sanitarios y agrícolas y el apoyo a la delegación arqueológica.
Desde 2009, con el objeto de intentar "ganarse los corazones y los espíritus" y de realizar la imposible tarea de hacer que la ayuda y las acciones ofensivas coincidan, un servicio de "acciones civiles y militares" del Ministerio de Defensa (Cimic), suprimido en 2012, trajo e hizo traer a través de una pequeña ONG francesa numerosos trabajos de interés colectivo y acciones de rehabilitación agrícola en decenas de localidades de montaña.
Esos trabajos, golosos de obtener mano de obra local, han podido ayudar a contener la insurrección: riego, pozos, agua potable, reforestación, árboles frutales, protección solar y aumento de superficies de cultivo.
¿Qué dejaremos como recuerdo tras dos millones de euros de gastos militares?
Un presupuesto más bien modesto contribuirá a la mejora de las condiciones de vida locales, muy duras en esos valles situados a menudo a más de 2.000 metros de altura.
La Embajada recibió decenas de demandas escritas con pequeñas propuestas agrícolas realizadas por comunidades locales de la provincia de Kapisa.
Para que se liberen de la insurrección llevada a cabo por los grupos extranjeros, algo que los agricultores me han dicho que desean, haría falta mantener una pequeña ayuda civil, bien controlada y que les llegue directamente.
Una Constitución con fórceps en Egipto
Es un nuevo doble o nada del presidente Mohammed Morsi.
Mientras que Egipto está más dividido que nunca en cuanto a la declaración constitucional, que le otorga provisionalmente poderes plenos, él decidió jugar el todo por el todo.
Cogió a todo el mundo por sorpresa el miércoles, cuando anunció que la Asamblea Constituyente votaría su texto final al día siguiente.
Hace tan sólo una semana, el jefe de Estado había dado dos meses más a dicha Asamblea para acabar sus trabajos.
Y hace casi dos años que Egipto usa un texto provisional, varias veces modificado, lo que debilita la estabilidad institucional y lleva a embrollos judiciales.
Esta nueva iniciativa no ha hecho más que aumentar la fractura en el país.
Para sus oponentes, el presidente persevera en su "delirio autocrático" y continúa "traicionando su palabra" y "pisoteando el derecho".
Por parte de sus partidarios, se asegura que se trata de una medida para acabar más rápido con la crisis institucional y política y acelerar el proceso de transición.
En los próximos 15 días debería organizarse un referéndum.
Un lapso de tiempo muy corto que obliga a los Hermanos a renunciar a su proyecto de explicar el texto, artículo por artículo, a los egipcios.
Para el presidente, se trata también de una forma de recuperar una legitimación popular y democrática mientras la polémica causa estragos en todo el país.
Mohammed Morsi parece convencido de que los egipcios votarán a su favor, como afirmó en una entrevista al semanario americano Time.
Considerando que ese recurso se ha votado con mucha rapidez, contiene un ultimátum para el pueblo egipcio: "o votan mi texto o mantengo los poderes plenos", poderes que supuestamente llegarán a su fin con la adopción de la Constitución.
Es en ese ambiente extraño en el que 85 miembros de esta Asamblea Constituyente, islamista en su gran mayoría, votó el texto ayer.
La mayoría de los liberales no acudió a la convocatoria.
A mediados de noviembre, un poco antes de la declaración constitucional, habían cerrado la puerta porque estimaban que no podían hacer valer sus puntos de vista.
Los representantes de los derechos humanos, las minorías religiosas y de la sociedad civil hicieron lo mismo.
A fin de que se lograra el quórum necesario, ayer por la mañana se agregó a 11 personas, miembros sustitutos, a toda prisa.
Algunos de ellos son muy cercanos a los Hermanos musulmanes.
Como cabía esperar, los artículos votados lo han sido por unanimidad.
A los comentaristas les hace gracia, por otra parte, el hecho de que una de las pocas discrepancias de la jornada se haya expresado prácticamente a la hora de la oración, tanto es así que varios miembros del comité llegaron a pensar que el reloj de la Constituyente estaba mal.
El texto, que ayer tarde estaba aún siendo votado, consta de 234 artículos.
El artículo 2, objeto de todas las miradas, sigue siendo finalmente idéntico al de la Constitución de 1971, que estipulaba que "los principios de la Sharia constituyen la fuente principal del derecho".
Los partidos salafistas, para quienes el establecimiento de la ley islámica es una reivindicación fundamental, esperaban que se pudieran sustituir "los principios" por "las normas", lo que hubiera permitido una aplicación más estricta.
Para los islamistas, que este artículo no haya sido modificado es una garantía de su buena voluntad y de su respeto hacia los otros componentes de la sociedad egipcia.
Los liberales lo tachan de hipocresía y consideran que no se trata más que de una artimaña publicitaria.
Según ellos, la islamización de la Constitución se hace a través de otros artículos.
Se refieren, en especial, al artículo 220, que confiere a la Universidad Al-Azhar un papel consultivo, en particular para todo aquel que haya de confirmar su conformidad con las leyes de la Sharia.
Según la especialista en Egipto Sophie Pommier, resulta inquietante porque "la gente llamada a pronunciarse no es elegida y no tiene ninguna legitimidad democrática.
Aquí vislumbramos las premisas de una teocracia".
Los temores de los liberales se ven además incrementados por el hecho de que el próximo rector de dicha universidad sería bastante menos moderado que el actual.
"Por ahora, no hay una implicación religiosa concreta.
Con esta Constitución estamos en el marco del estado civil.
La mayoría de los juristas que han trabajando en ese texto no son ulemas sino universitarios, algunos de ellos formados en el sistema francés", explica Alexis Blouet, que prepara una tesis sobre la transición constitucional egipcia.
Pero reconoce que puede haber cierta ambigüedad en torno al artículo 220, pues los términos empleados imitan el vocabulario religioso.
"Nos referimos en concreto al término iqh [jurisprudencia islámica, ndlr].
