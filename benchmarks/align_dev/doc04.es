Pero no quiero hacer comparaciones.
Blanc logró su objetivo de clasificarnos para la Eurocopa.
Espero que Didier Deschamps lleve a la selección a Brasil.
¿El empate (1-1) del 16 de octubre en España sirvió para sentar las bases?
Ese juego nos dio confianza.
Cada uno peleó por todos.
Antes de ese shock en España.
No había vivido un juego parecido en toda mi carrera.
Con Bitcoin, pagar y vender sin bancos
Todo lo contrario a los intercambios monetarios actuales, basados en los bancos centrales, las transacciones identificadas y las cargas de procesamiento entre las partes.
Además, como a menudo ocurre en las tecnologías, la visión política es palpable: la convicción de que el sistema monetario actual, compuesto de monopolios bancarios, lleva a las crisis financieras.
De hecho, Bitcoin, inventado por Satoshi Nakamoto (un pseudónimo), es a la vez una moneda virtual convertible a dólares, euros, etc. y un protocolo de cambio seguro a la manera de BitTorrent, que permite el intercambio de ficheros de igual a igual.
Se han registrado cerca de 200.000 transacciones gracias a 15.000 ordenadores de la red.
La cotización del bitcoin, tras haber llegado a la cima de 30 dólares (23 euros) en junio de 2011, cayó a 2 dólares cinco meses más tarde.
Antes de volver hoy a rondar los diez dólares (las cotizaciones se censan en la página bitcoincharts.com).
No es nada impresionante si lo comparamos con los cambios mundiales en moneda real o en productos financieros.
Sin embargo, el Banco Central Europeo (BCE) se interesó por él en un informe sobre las monedas virtuales publicado en octubre.
En él, se describió el bitcoin como "la moneda virtual con más éxito", "que compite con el dólar o el euro" y "similar a las monedas convencionales".
Bitcoin se diferencia de otros sistemas con tipos de monedas virtuales como los "créditos", utilizados para avanzar en un vídeojuego y que se pueden ganar jugando o se pueden comprar (e incluso en ocasiones canjear).
La red social Facebook desarrolló también este tipo de sistema.
Pero en todo intercambio una autoridad central controla y trata los cambios.
Con el bitcoin, todos los nodos de red son a la vez depositarios de libros de contabilidad, verificadores, emisores de moneda y compradores y vendedores.
¿Cómo funciona esa red?
Cada transacción entre dos usuarios se hace en realidad entre dos direcciones electrónicas en forma de correo electrónico.
Un usuario puede elegir una dirección diferente para cada pago, garantizando así el anonimato.
Un conjunto de informaciones ligadas a esta transacción se firma electrónicamente a través de un sistema de cifrado a doble clave.
La red puede así verificar la autenticidad de la transacción.
Gracias al contenido del fichero, es también posible asegurar que los cambios de bitcoins consten en el libro de cuentas público, que se difunde por toda la red.
El hito clave consiste en escribir esa nueva transacción en ese libro.
Esta pasa por la resolución de un desafío matemático lanzado a los ordenadores y el ganador, una especie de banquero central provisional, tendrá el privilegio de añadir esa línea complementaria.
Se trata de una fase de troceado de fichero, es decir, de transformación de un gran fichero en una huella numérica más corta y única.
Los ordenadores "cogen" la nueva transacción y añaden un número antes de "trocear" el conjunto.
El objetivo es encontrar el número que ofrezca una huella particular (más ceros al principio).
John Goldsmith, presidente de la Cromwell Society, comentó: “En el debate actual sobre la eliminación de estatuas, era inevitable que sacar la figura de Oliver Cromwell del Palacio de Westminster se convirtiese en un objetivo.
Una vez que se encuentra ese número, los otros nodos verifican fácilmente que es el bueno.
La transacción se encuentra entonces indestructiblemente ligada a la cadena de conjuntos de las otras transacciones; toda modificación cambiaría la huella.
Si, para cometer un fraude, un usuario quisiera pagar dos veces con el mismo dinero muy rápido (en menos de diez minutos), la red sólo aceptaría como válida una de las dos transacciones; la otra se quedaría huérfana, ya que ambas tienen huellas diferentes.
El ordenador que resuelva el desafío se lleva 50 bitcoins.
Para evitar la inflación, esa recompensa se divide en dos regularmente, con probabilidad antes del final de 2012.
El número de bitcoins en circulación está, pues, limitado a 21 millones.
Pero son divisibles hasta el cienmillonésimo, lo que deja un margen amplio.
La dificultad de este desafío se revela también en cada aumento de la potencia de cálculo.
La vida de la red tiene ya sus altibajos.
Los sitios web que ofrecen servicios para Bitcoin han sido atacados y se han robado bitcoins en depósito.
"El fallo utilizado no afecta al mismo protocolo", asegura Pierre Noizat, que acaba de lanzar Paymium, una empresa de pago en moneda real que utiliza la red Bitcoin.
El BCE tiene en cuenta además las posibilidades de blanquo de dinero gracias a este servicio anónimo.
Pero el dinero en efectivo presenta el mismo defecto.
Los actores de peso como Wikipedia rechazan los pagos de este tipo.
Otros, como la plataforma Wordpress, los aceptan.
Recientemente, Adi Shamir y Dorit Ron, del Insitito Weizmann en Israel, analizaron el libro de contabilidad y mostraron que cerca del 80% de bitcoins no circula.
