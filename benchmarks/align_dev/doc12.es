¿Podría ser mejor, por ejemplo, en cuanto a la calidad de los inspectores? Eso seguro que no, pero, repito, no me gusta hacer este tipo de comparaciones.
Es necesario decir que incluso aquellos países que tomamos como modelo deben hacer frente a un gran número de problemas.
Si no fuera así, no les supondría ningún beneficio colaborar con nuestra oficina, ¿no cree?
En cuanto a la legislación de nuestro país, ¿qué significó para su Oficina la enmienda de ley sobre las adjudicaciones públicas? ¿Se manifiesta de algún modo su incidencia?
Teniendo en cuenta que el período de validez de esta enmienda es relativamente corto, aún no se ha manifestado en las actuaciones de control.
Dado que realizamos controles ex post, es preciso contar con un cierto retraso.
Por ahora, se observa en el proceso de preparación de los controles futuros: hemos iniciado una nueva herramienta de "detección de riesgos no económicos", por la que hemos hecho pasar casi 14.000 adjudicaciones públicas, que han sido analizadas. Los cambios se verán perfectamente reflejados aquí, ya que se modifican los límites, se rectifican las condiciones de algunos tipos del proceso de selección y similar.
¿Considera que la aprobación de esta ley es beneficiosa o que, más bien, supone un embrollo para el sistema burocrático?
Creo que esta ley es seguramente un paso en la dirección correcta y espero que así sea.
El problema que puede surgir es que la normativa "se endurezca" y que sea imposible cumplirla.
Ya con la normativa anterior, las personas controladas estaban vinculadas al contratista (por ejemplo, en el caso de los programas operativos regionales del consejo regional), y cada ley no respetada en materia de adjudicaciones públicas significaba la violación de la disciplina presupuestaria. ¿Tiene sentido entonces endurecer la ley de esta manera?
Creo que no de esta manera.
El sistema debe excluir a aquellos que quieran atacarlo o aprovecharse de él y no castigar a aquellos que cometan un fallo formal, que no tiene incidencia en la toma de decisiones.
Un sistema de este tipo sólo conseguirá crear una mayor presión burocrática. ¿Y cómo se sale de esto? Veremos hacia dónde nos lleva este camino iniciado.
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
Hoy por la mañana las carreteras en la región de Karlovy Vary eran transitables, pero presentaban placas de hielo y de nieve. La temperatura desciende y oscilará entre cinco y diez grados bajo cero. Durante el día subirán ligeramente los termómetros.
Ha dejado de nevar en la región y en las zonas bajas la capa de nieve es fina.
En cambio, en las crestas de los Montes Metálicos la nieve alcanza casi los 30 centímetros.
En algunos lugares la visibilidad era aún mala a causa de la niebla, según la información del centro de control de operaciones de las carreteras de la región.
La vía rápida R6 y la carretera de primera categoría en la región son ahora transitables sin restricciones.
Sin embargo, se recomienda extremar la precaución, sobre todo en algunos puentes cuya superficie puede estar helada y ser resbaladiza. Asimismo, también son transitables todas las vías de segunda y tercera categoría, incluidas las carreteras de montaña.
No obstante, en algunas de ellas aún hay tramos con restos de hielo y nieve apisonada.
Es preciso aumentar la atención en la carretera, sobre todo en las zonas más elevadas. Región de Pardubice y Hradec Králové
En algunas carreteras de Bohemia oriental hay peligro de heladas y en zonas más elevadas y en las montañas puede haberse formado una capa de nieve en las vías, informa en sus páginas la Dirección de carreteras y autopistas.
Los operarios de carreteras advierten a los conductores sobre el peligro que se formen placas de hielo, especialmente en zonas más elevadas de la región de Pardubice.
Pueden producirse heladas en las inmediaciones de Lanškrouna, Ústí nad Orlicí, Poličky, Svitav o Vysokého Mýta, y sobre todo en las carreteras de segunda y tercera categoría.
Las carreteras I/43 y I/34 en Svitav han sido tratadas químicamente.
Hay nieve especialmente en las carreteras de las montañas de Krkonoše a Orlické hory.
Hay una capa de nieve apisonada en las zonas más altas de las carreteras en los municipios de Rychnov nad Kněžnou y Trutnov.
En la zona de la Bohemia oriental, el cielo estará hoy entre despejado y parcialmente nublado, sin precipitaciones.
