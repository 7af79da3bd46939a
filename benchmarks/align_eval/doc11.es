Sin embargo, la humanidad debe buscar algunas nuevas vías en la biotecnología, en la protección radiológica, en la creación de la gravedad artificial.
El hidrolaboratorio del Centro de preparación de cosmonautas es una etapa obligatoria en la preparación para el vuelo.
En condiciones de flotabilidad nula, los cosmonautas practican sus habilidades de trabajo en el espacio.
El agua simula la ingravidez.
Si para un adulto el agua es un entorno cómodo, aunque todavía hostil, para un niño recién nacido es su elemento natal.
Los pequeños hombres-anfibio parecen confirmar que la vida en la tierra surgió del océano.
Hay una conexión entre el hecho de que el bebé se encuentre aproximadamente 9 meses dentro de su madre en el líquido amniótico, pues le será más fácil acostumbrarse luego al agua.
En principio, esto es lógico, porque desde el momento del nacimiento hasta el momento del primer baño pasan sólo 2 semanas.
"Esto es muy poco para olvidar algo", dice Marina Aksenova, monitora de natación de recién nacidos.
En resumen, si la ingravidez es un estado más natural para un recién nacido, para las mujeres es necesaria la gravitación, la fuerza de la gravedad.
En la ingravidez los músculos abdominales y de la pelvis se decrepitan muy rápido, la capacidad de expulsión del feto se reduce.
Bueno, omitimos eso, confiando en la acción de estimulantes para el parto.
Se puede, por supuesto, dar a luz en una cámara especial, ésta lo empujará.
"¿Y luego qué?", Valeri Polyakov se hace esta original pregunta.
Por otra parte, el niño también necesita gravedad artificial.
Sin la sensación de gravedad, el organismo no genera el esqueleto ni el sistema muscular.
A un recién nacido en órbita es imposible vestirlo con un traje especial para entrenamientos, como a los adultos.
Simplemente se le privará de lo que es vital para él.
"Y este experimento que vamos a hacer juntos, al permitir el nacimiento de un niño en un ambiente extraño, dará lugar a que traigamos a la Tierra a un discapacitado, a una persona totalmente inadaptada", prevé el jefe del comité de bioética del Instituto de problemas biomédicos de la Academia de Ciencias de Rusia, Igor Pestov.
Por ahora, el nacimiento de niños en el espacio es una cuestión teórica.
Sin embargo, con el tiempo esto será una realidad, cuando los seres humanos en sus naves se dirijan a un planeta lejano que será el hogar para sus hijos nacidos en el espacio.
Jefe de NKÚ: La inspección del sistema "švarc" no ha dado con el político culpable
En materia de adjudicaciones públicas, la República Checa cuenta con buenos inspectores y una legislación de calidad, aunque su aplicación cojea.
Así lo afirma Miloslav Kala, vicepresidente de la Oficina de Control Suprema (NKÚ) en una entrevista para Aktuálně.cz.
"La ley nunca será perfecta", pero su aplicación debe ser correcta. "Esto es, en mi opinión, lo que nos falta", así describe la situación actual.
Los controles conjuntos de los inspectores checos y alemanes también llegan a conclusiones similares.
Como ejemplo de una práctica incorrecta, menciona la actitud de Petr Nečas hacia el sistema de ser autónomo sólo sobre el papel, que se conoce como el sistema "švarc".
El primer ministro dijo recientemente que la ODS (Partido Democrático Cívico) no molestaría a los empresarios con inspectores. Entonces, ¿está prohibido o permitido?
"La ley debe estar regulada de algún modo y si prohíbe algo, en ese caso, ni el presidente del gobierno puede impedir la actuación de la oficina que tiene la obligación de realizar dichos controles ni exigir obligaciones", constata Kala.
En la reunión de la comisión de control en el Congreso de los Diputados, Ud. habló del proyecto común entre el equipo checo y el alemán, en el marco del cual se comparaba la legislación referente a las adjudicaciones públicas en ambos países.
¿Qué es exactamente?
Se trata de un control paralelo que empezamos a realizar hace unos dos años.
Dicho de manera simplificada: la legislación europea regulariza cómo se deben organizar las adjudicaciones públicas, a esto le sigue la legislación vigente en cada país y, después, la praxis en sí.
Nosotros lo hemos unido todo y, aunque el control aún no ha finalizado, hemos obtenido diferencias muy interesantes. Generalmente, la legislación de nuestro país es "más estricta y más completa", sin embargo, la praxis concreta en algunos parámetros es mejor en Alemania.
Se confirma, pues, que no basta con incorporar reglas cada vez más estrictas, sino que es necesario concentrarse en la aplicación de la ley misma.
¿Qué puede aportar de hecho este proyecto? ¿Cuáles cree que son las conclusiones?
Precisamente un control común de este tipo podría contribuir a que dejáramos de invertir esfuerzos en la concreción de las leyes, la reducción y la mejora de los límites, aunque esto no tenga un impacto tan positivo.
La economía del ahorro significa conseguir un cosa adecuada a un precio razonable (lo que no siempre significa que el precio sea el más bajo) para evitar así el enriquecimiento y, a la larga, las acciones criminales.
Pero no por el hecho de reducir el límite de las adjudicaciones quiere decir que vayamos a conseguirlo.
Quizás porque el sistema está saturado con tanto "papeleo", que aquellos que quieren buscar fallos en el sistema podrán hacerlo más fácilmente que si los límites se mantuvieran tan altos como ahora.
Ud. habla de los problemas de nuestro país con la transferencia de la legislación que regula la prácticaa de las adjudicaciones públicas.
¿Cómo funciona el sistema de controles en Alemania?
¿Es una oficina parecida a nuestra NKÚ o se organiza de otra manera?
En cuánto a las oficinas, como la NKÚ, allí actúa el Bundesrechnungshof (Tribunal Federal de Cuentas), con una organización similar a la nuestra, con un colegio también, lo único es que en su caso está estructurada de un modo un tanto diferente, pero en principio ambas oficinas evolucionan paralelamente.
También las competencias son hasta cierto punto analógas, sin embargo, en tanto que Alemania tiene una organización federal, los tribunales de cuentas se encuentran incluso a este nivel. En este aspecto difiere ligeramente de nuestro sistema.
El Tribunal Federal de Cuentas (BRH) sólo puede controlar el dinero federal, lo que aquí llamamos fondos estatales.
Los fondos públicos, que son administrados por las regiones y los municipios, allí, en Alemania, se controlan en el Tribunal Federal de Cuentas.
En cuanto a la legislación local, ¿es más sencilla que la nuestra?
Por lo general, no me gustaría establecer una comparación sin datos concretos. No obstante, Alemania sigue siendo un modelo en algunos aspectos, pero no se puede precisar con exactitud en qué es mejor.
¿Podría ser mejor, por ejemplo, en cuanto a la calidad de los inspectores?
Eso seguro que no, pero, repito, no me gusta hacer este tipo de comparaciones.
Es necesario decir que incluso aquellos países que tomamos como modelo deben hacer frente a un gran número de problemas.
Si no fuera así, no les supondría ningún beneficio colaborar con nuestra oficina, ¿no cree?
En cuanto a la legislación de nuestro país, ¿qué significó para su Oficina la enmienda de ley sobre las adjudicaciones públicas? ¿Se manifiesta de algún modo su incidencia?
Teniendo en cuenta que el período de validez de esta enmienda es relativamente corto, aún no se ha manifestado en las actuaciones de control.
Dado que realizamos controles ex post, es preciso contar con un cierto retraso.
Por ahora, se observa en el proceso de preparación de los controles futuros: hemos iniciado una nueva herramienta de "detección de riesgos no económicos", por la que hemos hecho pasar casi 14.000 adjudicaciones públicas, que han sido analizadas. Los cambios se verán perfectamente reflejados aquí, ya que se modifican los límites, se rectifican las condiciones de algunos tipos del proceso de selección y similar.
¿Considera que la aprobación de esta ley es beneficiosa o que, más bien, supone un embrollo para el sistema burocrático?
Creo que esta ley es seguramente un paso en la dirección correcta y espero que así sea.
El problema que puede surgir es que la normativa "se endurezca" y que sea imposible cumplirla.
Ya con la normativa anterior, las personas controladas estaban vinculadas al contratista (por ejemplo, en el caso de los programas operativos regionales del consejo regional), y cada ley no respetada en materia de adjudicaciones públicas significaba la violación de la disciplina presupuestaria.
¿Tiene sentido entonces endurecer la ley de esta manera?
Creo que no de esta manera.
El sistema debe excluir a aquellos que quieran atacarlo o aprovecharse de él y no castigar a aquellos que cometan un fallo formal, que no tiene incidencia en la toma de decisiones.
Un sistema de este tipo sólo conseguirá crear una mayor presión burocrática.
¿Y cómo se sale de esto?
Veremos hacia dónde nos lleva este camino iniciado.
El primer ministro ha declarado recientemente que la ODS no molestaría a los empresarios con controles del llamado sistema švarc, con referencia al hecho de ser autónomo sólo sobre el papel. ¿Qué significa esto?
¿El sistema švarc" está prohibido o permitido?
La ley debe estar regulada de algún modo y, si prohíbe algo, entonces ni siquiera el primer ministro del gobierno puede impedir la actuación de la Oficina que tiene la obligación de realizar dichos controles y exigir obligaciones.
Puede decir: "Cambiamos la ley y lo permitimos", pero no puede decir que haremos como si nada.
En la ley sobre las adjudicaciones públicas, la normativa es bastante estricta en cuanto al modo en que se debe actuar formalmente. Y así es como debe ser para proteger la competencia pública.
Pero, por otro lado, es trágico que se excluya al candidato con la mejor oferta por no cumplir las exigencias formales.
La ley nunca será perfecta, pero su aplicación debe ser correcta. Esto es, en mi opinión, lo que nos falta.
Las carreteras presentan placas de hielo, aunque en su mayoría son transitables
En varios lugares de la República Checa las carreteras presentan placas de hielo y de nieve.
Aunque la mayoría de las vías son transitables, en algunas debe extremarse la precaución.
Región de Karlovy Vary
Hoy por la mañana las carreteras en la región de Karlovy Vary eran transitables, pero presentaban placas de hielo y de nieve.
La temperatura desciende y oscilará entre cinco y diez grados bajo cero. Durante el día subirán ligeramente los termómetros.
Ha dejado de nevar en la región y en las zonas bajas la capa de nieve es fina.
En cambio, en las crestas de los Montes Metálicos la nieve alcanza casi los 30 centímetros.
En algunos lugares la visibilidad era aún mala a causa de la niebla, según la información del centro de control de operaciones de las carreteras de la región.
La vía rápida R6 y la carretera de primera categoría en la región son ahora transitables sin restricciones.
Sin embargo, se recomienda extremar la precaución, sobre todo en algunos puentes cuya superficie puede estar helada y ser resbaladiza.
Asimismo, también son transitables todas las vías de segunda y tercera categoría, incluidas las carreteras de montaña.
No obstante, en algunas de ellas aún hay tramos con restos de hielo y nieve apisonada.
Es preciso aumentar la atención en la carretera, sobre todo en las zonas más elevadas.
Región de Pardubice y Hradec Králové
En algunas carreteras de Bohemia oriental hay peligro de heladas y en zonas más elevadas y en las montañas puede haberse formado una capa de nieve en las vías, informa en sus páginas la Dirección de carreteras y autopistas.
Los operarios de carreteras advierten a los conductores sobre el peligro que se formen placas de hielo, especialmente en zonas más elevadas de la región de Pardubice.
Pueden producirse heladas en las inmediaciones de Lanškrouna, Ústí nad Orlicí, Poličky, Svitav o Vysokého Mýta, y sobre todo en las carreteras de segunda y tercera categoría.
Las carreteras I/43 y I/34 en Svitav han sido tratadas químicamente.
Hay nieve especialmente en las carreteras de las montañas de Krkonoše a Orlické hory.
Hay una capa de nieve apisonada en las zonas más altas de las carreteras en los municipios de Rychnov nad Kněžnou y Trutnov.
En la zona de la Bohemia oriental, el cielo estará hoy entre despejado y parcialmente nublado, sin precipitaciones.
Las temperaturas oscilarán por lo general entre tres bajo cero y un grado positivo, soplará un viento débil.
Región de Pilsen
Las carreteras en la región de Pilsen son transitables hoy por la mañana, aunque deberá extremarse la precaución y será necesario adaptarse al tiempo.
