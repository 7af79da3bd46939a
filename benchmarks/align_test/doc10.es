En octubre pasado, Perú fue el anfitrión de la III Cumbre América del Sur-Países Árabes (ASPA), y en esa ocasión, pese a ser requerida insistentemente por la prensa, tampoco se difundió la también llamada Declaración de Lima que previamente habían anunciado.
En la web oficial de ASPA se puede corroborar que el documento fue publicado el pasado martes.
En ambas citas internacionales.
Las autoridades peruanas se esforzaron en que hubiera sistemas de transmisión asegurados para todos los periodistas pero limitaron al máximo la obtención de información.
La cumbre concluyó también con el compromiso conjunto de Chile y Perú de aceptar un fallo de la Corte de La Haya que dirima un diferendo fronterizo entre ambos países.
Los presidentes de Perú, Ollanta Humala, y de Chile, Sebastián Piñera, se reunieron durante la cita regional y ratificaron que respetarán la decisión de la (CIJ), que comienza el lunes en La Haya a escuchar los alegatos de ambas partes, en el proceso que Lima presentó contra Santiago.
"Acataremos y ejecutaremos la sentencia que define las diferencias que hoy día estamos llevando a esta corte internacional", dijo Humala, junto a su par chileno.
"Chile ha sido, es y va a seguir siendo un país respetuoso del derecho internacional, de la solución pacífica de las controversias, de los tratados y de los tribunales internacionales", agregó Piñera, y saludó con un apretón de manos a Humala, junto a las banderas de los dos países.
La confirmación de ambos presidentes de que se someterán a la CIJ ocurrió luego que Colombia denunciara esta semana el Pacto de Bogotá por el que había aceptado someterse a los fallos de ese tribunal internacional, luego de una decisión sobre límites marítimos con Nicaragua que consideró gravemente errónea.
La cumbre se realizó con las inasistencias de los presidentes de Brasil, Dilma Rouseff; Venezuela, Hugo Chávez; Bolivia, Evo Morales; y Argentina, Cristina Kirchner.
Paraguay, suspendido de Unasur desde 2011 tras la destitución de su ex presidente Fernando Lugo, no participó de la cita.
El presidente anfitrión, Ollanta Humala, fue el encargado de abrir las deliberaciones en la mañana y cerrar la cumbre, poco después del mediodía de Lima.
El mandatario leyó el documento final en el que informó que se adoptaron 16 acuerdos y se fijaron las líneas de acción para 31 proyectos entre los países sudamericanos por un total de 17 mil millones de dólares en inversiones.
Entre los acuerdos adoptados mencionó que los países de UNASUR darán "pasos importantes hacia la meta de una ciudadanía sudamericana para lo que estamos ampliando los acuerdos sobre residencia".
Informó que se impulsan acciones para mejorar "la cooperación en la lucha contra la inseguridad ciudadana y contra el crimen organizado trasnacional, acciones para hacer más accesibles los medicamentos, el acceso a internet a bajo precio en todos los rincones de Sudamérica, y atender de manera conjunta y eficiente los riesgos de desastres naturales".
Con una Europa en crisis, "la consolidación económica (de América Latina) no debe tener una matriz triunfalista sino que debe servir para ampliar nustra matriz productiva y vislumbrar un mejor futuro para nuestros pueblos", agregó Humala.
"Hemos decidido privilegiar un grupo de 31 proyectos emblemáticos que mejorarán la conexión de los espacios de América del Sur, especialmente en zonas rurales y de fronteras...uniendo a nuestros países y generando nuevos circuitos económicos", dijo el presidente peruano en un mensaje leído.
Entre esos proyectos, mencionó que cinco corresponden a Perú, y estan localizados en los ejes transversales de sus territorio.
Desde la costa hacia Brasil, y dos apuntan a una mayor conexión con Ecuador, aunque no dio mayores detalles.
Asimismo, el documento final mencionó la situación política en Paraguay.
Al igual que nosotras, se tienen que quedar embarazadas antes de dar a luz para poder producir leche, con la excepción de que a ellas les quitan a sus bebés días después de parirlos", escribió una persona.
"Esperamos que el proceso electoral en ese país sirva para su reincorporación a la Unión de Naciones Sudamericanas", de la cual se encuentra actualmente excluido.
La necesidad de que América Latina se mantenga como una región de prosperidad y paz, integrada, y de buenas relaciones entre vecinos, fue otro de los asuntos subrayados por la cumbre.
En este sentido, el presidente de Colombia, Juan Manuel Santos, dijo antes de iniciar su participación en la cita regional que esperaba reunirse con su par de Nicaragua.
Daniel Ortega, el sábado en México para tratar en forma respetuosa el diferendo marítimo tras un fallo de la CIJ, cuestionado por Bogotá.
"El día de mañana (sábado) es posible que tenga un encuentro con el presidente Daniel Ortega", dijo Santos.
"Vamos a revisar todos estos caminos, no son excluyentes, inclusive el tratado con Nicaragua va a requerir una conversación con Nicaragua", subrayó.
"Con el presidente Ortega espero poder decirle que manejemos esto de la forma más civilizada y respetuosa posible", añadió Santos.
Santos y Ortega se encontrarían el sábado en México donde tienen previsto asistir a la toma de mando del nuevo presidente de ese país, Enrique Peña Nieto.
Asimismo, como parte de la cumbre, los ministros de Defensa del bloque se reunieron previamente para aprobar el Plan de Acción del año 2013, que busca fortalecer el diálogo y el consenso en materia de Defensa en la región.
Argentina, Bolivia, Colombia, Ecuador, Perú, Brasil, Uruguay, Venezuela, Chile, Guyana, Surinam y Paraguay integran UNASUR, aunque el último país se encuentra suspendido.
Una empresa de sacaleches ha dividido a la opinión pública en Internet con un anuncio donde se compara a las madres que dan el pecho con vacas a las que ordeñan.
Sin embargo, otras personas defendieron el anuncio, como una mujer que admitía que la canción le resultaba “desternillante”.
Perú tiene la presidencia pro témpore del bloque regional.
"Suramérica debe aprender de Europa para integrar una ciudadanía": Rafael Correa
El presidente de Ecuador, Rafael Correa, afirmó hoy que la creación de una ciudadanía común es una meta en la que "Suramérica, en este caso sí, debe aprender de Europa".
Correa, que participó en la VI Cumbre presidencial de la Unión de Naciones Suramericanas (Unasur), celebrada en Lima, declaró a la estatal TV Perú que los europeos "se mataron en la Segunda Guerra Mundial" y en otros conflictos, "pero ahora son prácticamente una patria".
Defendió, en ese sentido, el proyecto de establecer la ciudadanía suramericana que alientan los países miembros de la Unasur.
"Hay que conseguir la libre movilidad de ciudadanos y trabajadores por cualquier país suramericano, como ya ocurre con los integrantes de la Comunidad Andina, pero todavía hay sectores reaccionarios que nos quieren devolver al pasado", advirtió.
El presidente ecuatoriano se mostró, además, a favor de la recomposición de la Organización de Estados Americanos (OEA) bajo la premisa de rebajar la influencia de los estados anglosajones y tener en cuenta a los que han firmado el pacto de San José sobre los derechos humanos.
Los que dan cátedra nunca se comprometen a nada y, en cambio, nosotros los suramericanos lo firmamos todo.
"Es incomprensible que la Comisión Interamericana de Derechos Humanos esté en Washington bajo la financiación de Estados Unidos", afirmó en alusión al asilo político dado por Ecuador al fundador de WikiLeaks, Julian Assange.
Correa aseguró que no está arrepentido de esa decisión porque con ello no ha traicionado sus principios, sino que ha respetado sus "profundos valores democráticos y de derechos humanos".
Agregó que, en su momento, "había sospechas fundadas de que Assange fuera extraditado a un tercer país y no se respetara su proceso".
Criticó, además, a la justicia sueca por exigirle que se someta en su territorio al interrogatorio por un presunto delito sexual cuando "la propia legislación sueca permite realizarlo mediante videoconferencia, que se podría hacer desde la embajada de Ecuador en Londres".
Correa afirmó que existe el riesgo de que se deteriore la salud física y mental de Assange.
"No he hablado con él desde que está en nuestra embajada, pero la embajadora me informó que tenía un pequeño problema pulmonar, nada grave", dijo el mandatario ecuatoriano.
Lo que sí hay es el peligro de que se deteriore su salud física y mental por estar encerrado en un espacio pequeño sin poder hacer ejercicios al aire libre.
"Eso complica la salud de cualquier persona", agregó.
Correa señaló que la solución al asilo otorgado a Assange desde junio en la embajada ecuatoriana en Londres, mediante la concesión de un salvaconducto que le permita viajar a Ecuador, está en manos de Gran Bretaña, Suecia y las autoridades jurídicas europeas y subrayó que ha habido conversaciones con Londres en busca de una solución al encierro del fundador de WikiLeaks.
Nosotros no negociamos con derechos humanos, esa palabra no la utilizamos en este caso, pero ha habido permanentes conversaciones.
"La solución de este problema está en manos de Gran Bretaña, Suecia y de las autoridades jurídicas europeas porque el abogado de Assange, Baltazar Garzón, está haciendo una serie de procedimientos en diferentes instancias europeas", mencionó.
Y opinó que "si Gran Bretaña da mañana el salvoconducto esto se acaba".
Y si Suecia, como perfectamente lo permite su legislación y como ha hecho en otros casos, interroga al señor Assange en la embajada de Ecuador en Londres o lo interroga vía Skype mañana mismo se acaba este problema.
Correa aprovechó para reafirmarse como un defensor de la libertad de prensa y matizó que lo que no tolera es "la mediocridad, la mala fe y la mentira, que desvirtúan la libertad de expresión".
"Los mayores enemigos de la libertad de prensa no somos los políticos malvados y perversos sino los malos periodistas en función del lucro, el chantaje y la extorsión", dijo.
En ese aspecto se congratuló que ya no sean estos periodistas "ni los banqueros ni los países hegemónicos y burgueses los que dominan a Ecuador", y adelantó que de ser reelegido "profundizará en la revolución para continuar el camino y la dirección correcta".
Correa también apoyó la decisión de mantener el veto a Paraguay en la Unasur al menos hasta sus próximas elecciones, al argumentar que el organismo "debe ser firme y no tolerar el oportunismo y el golpismo revestido de legalidad" porque en realidad "destrozó la legitimidad de la democracia paraguaya".
El presidente ecuatoriano consideró.
Además, "perfectamente pertinente" el deseo de su homólogo colombiano, Juan Manuel Santos, de negociar ahora con Nicaragua los límites marítimos entre ambos países tras el fallo de la Corte Internacional de Justicia de La Haya, que benefició a la soberanía marítima nicaragüense.
Por el momento no se acata ese fallo.
Hay que procesarlos de forma amplia para superarlos y seguir adelante. Asimismo confió en una buena conclusión del litigio por límites marítimos que mantienen en el mismo tribunal Perú y Chile y opinó que "es correcto para América Latina buscar instancias internacionales si los dos países se comprometen a aceptar fallo por duro que sea". En referencia a la eventualidad que se presente como candidato en las próximas elecciones presidenciales en Ecuador para buscar un tercer mandato consecutivo señaló que ve esa posibilidad "con mucho optimismo y alegría, aunque a veces es bastante duro".
Correa aseguró que si pierde los comicios de febrero del 2013 se retirará de la vida pública.
En lo personal jamás me ha interesado el poder, pero en situaciones tan injustas como la de Ecuador esa pobreza socioeconómica solo se puede corregir desde el poder político.
"Mi movimiento pólitico creyó que era yo quien garantizaba esa probable victoria, pues tenemos que aceptar esa reponsabilidad", dijo.
De ganar sería mi último período en la presidencia y de ahí salimos de la vida pública.
Si perdemos igual.
"Es una decisión", afirmó.
Correa se refirió también al nuevo tratamiento de salud del presidente venezolano Hugo Chávez en Cuba.
Acabo de hablar con el vicepresidente venezolano Nicolás Maduro y me dice que viajó a un tratamiento que ya estaba planificado, de rutina, que se esperó que pase la campaña para volver a Cuba.
"No significa una recaída en el estado de salud del presidente Chávez", comentó.
El jefe de Estado ecuatoriano participó hoy en Lima en la VI Cumbre de jefes de Estado y Gobierno de la Unión de Naciones Suramericanas (Unasur) que concluyó con llamados a una mayor integración regional para sostener el progreso, la igualdad y la seguridad.
Muertes por sida hoy son causa de detección tardía Fabrizio tenía 21 años de edad cuando le confirmaron el resultado de la prueba: SIDA positivo. "Fue como si me cayera una bomba", refiere al rememorar el momento del anuncio, que el médico intentaba hacer "más suavecito", sin éxito evidente.
El muchacho lo ocultó a su familia.
Decidió hacerse cargo solo de su enfermedad y comenzó a informarse sobre ella; con tal empeño que ya festejó su cumpleaños 43.
Es, sin duda, uno de los pacientes más antiguos de la Unidad de VIH del Hospital Civil de Guadalajara (HCG), a la que llegó en 1994 después de varias batallas.
Fabrizio vive con el virus de la inmunodeficiencia humana (VIH) desde hace 22 años, algo difícil de imaginar a principios de los 90, cuando había muchas dudas, pocas opciones de tratamiento y más estigma.
Entonces, hasta el director de una clínica del IMSS evitó despedirse de él "porque traía una cortada".
Entonces, tener sida era sinónimo de muerte.
Ahora es posible sobrevivir a este síndrome y hacerlo con calidad de vida.
Sin embargo, ignorantes de su enfermedad, aún muchas personas llegan cuando el virus ya ha causado estragos, "agotado" su sistema inmunológico y son víctimas de infecciones oportunistas.
A 31 años de la aparición del sida en el mundo, al menos de los primeros casos reportados, "el gran logro significa en este momento que la sobrevida de un paciente que inicia tratamiento en forma oportuna y la sobrevida de la población general, es exactamente igual", indicó el jefe de la Unidad de VIH del HCG, Jaime Andrade Villanueva, tras referir que esta información fue avalada en abril de este año en una publicación científica prestigiada.
Infectólogo y experto en VIH/sida, Andrade Villanueva comentó que desde el año 2008, los científicos habían concluido que el sida no era una sentencia fatal, pero los años de sobrevivencia y la calidad de vida dependen del grado de afectación al sistema inmunológico que presentan los pacientes al iniciar el diagnóstico, con mejor expectativa para quienes no son usuarios de drogas: de hasta 30 años con un conteo de 200 CD4 y de 50 años, cuando reportan 500 CD4.
En palabras simples, lo anterior significa que quien recibe el diagnóstico de VIH positivo a los 25 años de edad, bajo estos términos "mientras se mantenga en control podrá vivir sin problemas hasta los 75 años", explicó el entrevistado.
Para dimensionar este avance, cabe recordar que la esperanza de vida de los mexicanos hoy es de 76 años en promedio.
Si bien la mortalidad ha bajado significativamente en los últimos años, en el caso de México, el número de personas que mueren de sida bajó de 6,678 casos en 2007 a 4,862 en 2011 (reporte anual de ONUSIDA), también es cierto que desde la aparición del sida, 60 por ciento de los pacientes en la base de datos nacional han fallecido.
Sólo en Jalisco 255 personas fallecieron en 2011, y van 187 muertes hasta mayo de este año; no obstante se asegura que hay acceso universal a los fármacos antirretrovirales desde 2005.
- ¿Por qué sigue habiendo muertes? - A mí me parece que el problema no es de acceso a tratamiento. Así lo visualizo, así nos ha sucedido en nuestro hospital.
