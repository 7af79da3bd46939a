Dicho de manera simplificada: la legislación europea regulariza cómo se deben organizar las adjudicaciones públicas, a esto le sigue la legislación vigente en cada país y, después, la praxis en sí.
Nosotros lo hemos unido todo y, aunque el control aún no ha finalizado, hemos obtenido diferencias muy interesantes. Generalmente, la legislación de nuestro país es "más estricta y más completa", sin embargo, la praxis concreta en algunos parámetros es mejor en Alemania.
Se confirma, pues, que no basta con incorporar reglas cada vez más estrictas.
Sino que es necesario concentrarse en la aplicación de la ley misma.
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
El Tribunal Federal de Cuentas (BRH) sólo puede controlar el dinero federal.
Lo que aquí llamamos fondos estatales.
Los fondos públicos, que son administrados por las regiones y los municipios, allí, en Alemania, se controlan en el Tribunal Federal de Cuentas.
En cuanto a la legislación local, ¿es más sencilla que la nuestra?
Por lo general, no me gustaría establecer una comparación sin datos concretos. No obstante.
Alemania sigue siendo un modelo en algunos aspectos, pero no se puede precisar con exactitud en qué es mejor.
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
“El tsunami no llegó solo, arrastró coches, troncos, casas, asoló todo lo que estaba en tierra”, comentó Nugroho. El tsunami se había desplazado por el mar abierto a una velocidad de 800 km/h antes de llegar a la costa.
“Ahí viven más de 300 000 personas”, afirmó la Cruz Roja en un comunicado, añadiendo que su personal y los voluntarios iban de camino a las zonas afectadas.
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
Es preciso aumentar la atención en la carretera, sobre todo en las zonas más elevadas.
Región de Pardubice y Hradec Králové En algunas carreteras de Bohemia oriental hay peligro de heladas y en zonas más elevadas y en las montañas puede haberse formado una capa de nieve en las vías, informa en sus páginas la Dirección de carreteras y autopistas. Los operarios de carreteras advierten a los conductores sobre el peligro que se formen placas de hielo, especialmente en zonas más elevadas de la región de Pardubice.
Pueden producirse heladas en las inmediaciones de Lanškrouna, Ústí nad Orlicí, Poličky, Svitav o Vysokého Mýta, y sobre todo en las carreteras de segunda y tercera categoría.
Las carreteras I/43 y I/34 en Svitav han sido tratadas químicamente.
Hay nieve especialmente en las carreteras de las montañas de Krkonoše a Orlické hory.
Hay una capa de nieve apisonada en las zonas más altas de las carreteras en los municipios de Rychnov nad Kněžnou y Trutnov.
En la zona de la Bohemia oriental, el cielo estará hoy entre despejado y parcialmente nublado, sin precipitaciones.
Las temperaturas oscilarán por lo general entre tres bajo cero y un grado positivo, soplará un viento débil.
Región de Pilsen
Las carreteras en la región de Pilsen son transitables hoy por la mañana, aunque deberá extremarse la precaución y será necesario adaptarse al tiempo.
Reuters no pudo validar el material de inmediato.
En las primeras horas de la mañana habrá heladas, las temperaturas oscilarán entre tres y nueve grados bajo cero.
Después de la nevada y del posterior descenso de las temperaturas, algunas vías también podrían estar cubiertas de hielo.
En algunos lugares los conductores se encontrarán con niebla, pero la visibilidad mejorará progresivamente. Esto es lo que se desprende de las informaciones del centro de control de operaciones de carreteras de la región. La autopista D5 es transitable casi sin restricciones, aunque se recomienda extremar la precaución, sobre todo en la vía entre el kilómetro 80 y 131.
La superficie de la mayoría de las carreteras de primera categoría está seca y sin hielo.
En la zona de la carretera de Pilsen y Tachov fronteriza con Alemania puede haber tramos con placas de hielo.
Las vías de segunda y tercera categoría están húmedas, por lo que, en este caso, también se advierte de tramos con placas de hielo.
Los conductores deberían ser más prudentes.
Especialmente en las vías menos transitadas en la zona de Šumava.
Región de Olomouc
Los conductores que se dirijan a las zonas más elevadas de la región de Olomouc se encontrarán con nieve parcialmente desecha.
Después del tratamiento químico, todavía quedó nieve en el puerto de Červenohorské y en la vía en dirección a Videlský kříž.
Los operarios de carreteras quitaron la nieve durante la noche; en la carretera de Šumper se acumularon unos tres centímetros de nieve, según los administradores de las vías.
En el resto de la región, la mayoría de vías son transitables sin restricciones.
"En las zonas más altas de la carretera de Šumper, quedan restos de nieve.
Los conductores en el puerto de Červenohorské se encontrarán con nieve medio desecha en dirección a Jeseník", ha confirmado hoy un operario de la administración de carreteras de Šumper a la ČTK.
Sobre el terreno y de noche acudieron a la Jesenická también sus colegas y, después del tratamiento químico, las pistas de las zonas más altas están ahora despejadas y mojadas.
En la carretera de Olomouc las vías son transitables sin restricciones, en la de Šternberská los conductores deberían conducir con precaución en los tramos forestales, donde las vías siguen estando húmedas.
Región de Ústí nad Labem y región de Liberec
Los operadores de las carreteras del norte de Bohemia han informado sobre complicaciones en distintos tramos a primera hora de la mañana. Aparte de algunos lugares en los que ha nevado o helado, según la base de datos de la policía la carretera de montaña entre Telnice y Knínice en la región de Ústí nad Labem está cerrada. Las temperaturas se mantienen bajo cero, incluso en las zonas más bajas, por lo que el hielo y la nieve obviamente permanecen en la calzada. En cambio, en las zonas más bajas, especialmente en el sureste del macizo central checo, no hay problemas y las carreteras, por lo general, están secas.
